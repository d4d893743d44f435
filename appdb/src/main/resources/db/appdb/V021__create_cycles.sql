-- The half-year PDCA cycles (2024-2025 H1, 2024-2025 H2). Opening a cycle takes the figures it covers
-- (every indicator at level swv plus the levels the commissie chose); closing replaces them, in the same
-- transaction that sets status gesloten, by exactly what the cycle showed then: values, norms, statuses,
-- the publication id and the Delta table versions it came from. A closed cycle never changes again.

create table cyclus (
    code varchar(14) primary key,         -- 2024-2025 H1
    status varchar(8) not null,           -- open, gesloten
    niveaus varchar(200) not null,        -- levels besides swv, comma-separated: gemeente,stadsdeel
    geopend_op ${timestamp} not null,
    geopend_door varchar(100) not null,
    gesloten_op ${timestamp},
    gesloten_door varchar(100),
    publicatie varchar(100),              -- publication id of the figures (at opening; at closing when closed)
    check (status in ('open', 'gesloten'))
);

-- the figures of a cycle, frozen at closing (at opening while open)
create table cyclus_waarde (
    cyclus varchar(14) not null references cyclus (code),
    indicator varchar(100) not null,
    periode varchar(9) not null,
    niveau varchar(20) not null,
    gebied varchar(40) not null,
    gebied_naam varchar(200),
    teller decimal(18, 4),
    noemer decimal(18, 4),
    waarde decimal(18, 4),
    planperiode varchar(9),
    richting varchar(12),
    norm decimal(18, 4),
    grens decimal(18, 4),
    status varchar(6),                    -- groen, oranje, rood; null when no norm applies
    onderdrukt boolean not null,          -- 1-4 pupils: hidden from roles that see aggregates
    primary key (cyclus, indicator, niveau, gebied)
);

-- the Delta table versions the closed cycle's publication was built from
create table cyclus_bron_versie (
    cyclus varchar(14) not null references cyclus (code),
    tabel varchar(200) not null,
    versie bigint not null,
    primary key (cyclus, tabel)
);
