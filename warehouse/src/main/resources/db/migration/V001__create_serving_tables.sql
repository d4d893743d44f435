-- The serving schema the dashboard, the CLI and the notebooks read. Every publish builds a fresh
-- DuckDB file with these migrations and loads the gold snapshot of one transform run into it.
-- Column names follow the indicator contract (contracts/INDICATOREN.md) where they overlap.
-- Measures are decimal(18,4): percentages keep their DUO rounding (2 decimals), euros fit easily.

create table publication (
    publication_id varchar primary key,
    run_id varchar not null,
    published_at timestamp not null
);

-- the indicator catalog, copied from transform's kpi_catalog.yml
create table kpi_definitions (
    indicator varchar primary key,
    naam varchar not null,
    definitie varchar not null,
    eenheid varchar not null,         -- as in INDICATOREN.md: %, leerlingen, aantal, €, dagen, jaar, km, per 100
    decimalen integer not null,       -- decimals shown and printed for waarde
    richting varchar,                 -- lager_beter, hoger_beter, binnen_band; null when no norm applies
    thema varchar not null,           -- groups indicators into dashboard pages
    niveaus varchar[] not null,       -- the levels the grain allows
    bronnen varchar[] not null,       -- sources needed; 'a|b' means a, or else b
    model varchar not null            -- the SQL file that computes it
);

-- norms per planperiode; a period's status uses the planperiode that covers it
create table kpi_norms (
    indicator varchar not null,
    planperiode varchar not null,     -- e.g. 2022-2026
    eerste_periode varchar not null,  -- first schooljaar/kalenderjaar it applies to, inclusive
    laatste_periode varchar not null, -- last one, inclusive
    norm decimal(18, 4) not null,     -- groen at or beyond the norm (lower bound for binnen_band)
    grens decimal(18, 4),             -- oranje up to this value, rood beyond (upper bound for binnen_band)
    primary key (indicator, planperiode)
);

-- one row per indicator per period per level per area (per breakdown)
create table kpi_values (
    indicator varchar not null,
    periode varchar not null,         -- schooljaar 2013-2014 (teldatum 1-10-2013) or kalenderjaar 2018
    niveau varchar not null,          -- swv, stadsdeel, wijk, gemeente, bestuur, vestiging
    gebied varchar not null,          -- the code at that level: PO3009, GM0034, wijk code, bevoegd gezag, 12AB00
    gebied_naam varchar,
    uitsplitsing varchar not null,    -- '' for the total; else a breakdown such as SO-1 or absoluut_verzuim
    teller decimal(18, 4),
    noemer decimal(18, 4),
    waarde decimal(18, 4),            -- null when the denominator is zero: no value, not 0
    norm decimal(18, 4),
    status varchar,                   -- groen, oranje, rood; null when no norm applies
    onderdrukt boolean not null,      -- fewer than 5 pupils: hidden from roles that see aggregates
    primary key (indicator, periode, niveau, gebied, uitsplitsing)
);

-- national reference figures as DUO publishes them (duo_landelijk)
create table kpi_national (
    indicator varchar not null,
    periode varchar not null,
    waarde decimal(18, 4) not null,
    primary key (indicator, periode)
);

-- what the pipeline had to work with: one row per source of BRONNEN.md
create table source_status (
    bron varchar primary key,
    aanwezig boolean not null,        -- at least one file loaded
    bestanden integer not null,
    rijen_geladen bigint not null,
    rijen_quarantaine bigint not null,
    laatste_lading timestamp,
    nieuwste_periode varchar          -- newest teldatum/peildatum/jaar in the data, as text
);
