-- The own SWV among all SWVs of DUO's per-SWV file (transform's serving/swv_vergelijking), for the dashboard's page
-- Vergelijking: per schooljaar, deelname indicator and SWV its figure (as kpi_values has it at level swv), size,
-- size class, place among all and within its size class, the medians, and landelijk computed from all SWVs beside
-- DUO's published figure. Exact counts: only the dashboard's privacy layer (toegang.Figures) reads them, and it hides
-- the cells kpi_values' rule hides.

create table swv_vergelijking (
    periode varchar not null,              -- schooljaar of the teldatum, e.g. 2023-2024
    indicator varchar not null,            -- deelname_sbo, deelname_so, deelname_so_cat1/2/3, deelname_sbo_so
    swv_code varchar not null,             -- e.g. PO3009 (DUO gives no names)
    teller decimal(18, 4) not null,
    noemer decimal(18, 4) not null,        -- BaO + SBO pupils
    waarde decimal(18, 4),                 -- percent, rounded half-up to 2 decimals; null without pupils
    grootte integer not null,              -- BaO + SBO pupils (the size)
    grootteklasse integer not null,        -- 1 (smallest fifth of the SWVs of the schooljaar) to 5
    rang integer,                          -- place ascending by waarde among all SWVs (equal values share a place)
    aantal integer,                        -- SWVs with a waarde
    rang_grootteklasse integer,            -- place within the size class
    aantal_grootteklasse integer,
    mediaan decimal(18, 4),                -- of all SWVs
    mediaan_grootteklasse decimal(18, 4),  -- of the SWVs of this size class
    landelijk_teller decimal(18, 4) not null,
    landelijk_noemer decimal(18, 4) not null,
    landelijk_waarde decimal(18, 4),       -- sum of tellers / sum of noemers, rounded half-up to 2 decimals
    landelijk_duo decimal(18, 4),          -- DUO's published national figure (duo_landelijk), null when not given
    primary key (periode, indicator, swv_code)
);

-- the page asks for one indicator (all periods) or everything of the publication
create index swv_vergelijking_indicator on swv_vergelijking (indicator, periode);
