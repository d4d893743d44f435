-- Norms per planperiode live in the app database, so the kwaliteitscommissie can change them without a
-- pipeline run; the catalog's norms (kpi_norms of the publication) only fill pairs not present yet.
-- Portable between SQLite and PostgreSQL: ids are the id placeholder of V003 or made by the application (uuid
-- text), times use the timestamp placeholder of V003, numbers are decimal(18,4). History tables are append-only (V023).

create table planperiode (
    code varchar(9) primary key,          -- 2022-2026, the years of the ondersteuningsplan
    eerste_periode varchar(9) not null,   -- first schooljaar it covers, inclusive: 2022-2023
    laatste_periode varchar(9) not null   -- last schooljaar, inclusive: 2025-2026
);

-- the norm in force: one row per indicator per planperiode
create table norm (
    indicator varchar(100) not null,
    planperiode varchar(9) not null references planperiode (code),
    richting varchar(12) not null,
    norm decimal(18, 4) not null,         -- groen up to (lager_beter) or from (hoger_beter) here; lower bound of the band
    grens decimal(18, 4),                 -- oranje up to / from here, rood beyond; upper bound of the band
    primary key (indicator, planperiode),
    check (richting in ('lager_beter', 'hoger_beter', 'binnen_band'))
);

-- every change of a norm, append-only; the first row of a pair is the catalog's default (oude_* empty)
create table norm_wijziging (
    id ${id},                             -- order of the changes
    indicator varchar(100) not null,
    planperiode varchar(9) not null,
    oude_richting varchar(12),
    oude_norm decimal(18, 4),
    oude_grens decimal(18, 4),
    nieuwe_richting varchar(12) not null,
    nieuwe_norm decimal(18, 4) not null,
    nieuwe_grens decimal(18, 4),
    reden varchar(2000) not null,
    gewijzigd_door varchar(100) not null,
    gewijzigd_op ${timestamp} not null
);

create index norm_wijziging_indicator on norm_wijziging (indicator);
