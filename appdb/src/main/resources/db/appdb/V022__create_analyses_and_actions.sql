-- What the kwaliteitscommissie writes in a cycle: per indicator an analysis and improvement actions.
-- Both are append-only: a change adds a version (who, when), nothing is updated or deleted, so the
-- history of every text is kept and a closed cycle can show its actions as they were when it closed.

-- one row per saved version of the analysis of an indicator in a cycle; the newest counts
create table cyclus_analyse (
    cyclus varchar(14) not null references cyclus (code),
    indicator varchar(100) not null,
    versie integer not null,
    tekst varchar(20000) not null,
    geschreven_door varchar(100) not null,
    geschreven_op ${timestamp} not null,
    primary key (cyclus, indicator, versie)
);

-- an improvement action, agreed in one cycle; it shows in later cycles while open or lopend
create table actie (
    id varchar(36) primary key,
    cyclus varchar(14) not null references cyclus (code),
    indicator varchar(100) not null,
    aangemaakt_door varchar(100) not null,
    aangemaakt_op ${timestamp} not null
);

-- one row per saved version of an action; the newest counts
create table actie_versie (
    actie varchar(36) not null references actie (id),
    versie integer not null,
    omschrijving varchar(2000) not null,
    eigenaar varchar(200) not null,
    gemeente varchar(6),                  -- the gemeente the action names (GM0034), if any
    deadline varchar(10) not null,        -- ISO date 2025-03-01
    status varchar(9) not null,
    evaluatie varchar(4000),              -- required when afgerond or vervallen
    gewijzigd_door varchar(100) not null,
    gewijzigd_op ${timestamp} not null,
    primary key (actie, versie),
    check (status in ('open', 'lopend', 'afgerond', 'vervallen'))
);
