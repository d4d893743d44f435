-- What the Datakwaliteit page shows: the latest load of every file, the quarantine reasons grouped
-- with a few example rows (row numbers only, never pupil ids), and the data tests of the run.

create table file_loads (
    bron varchar not null,
    bestand varchar not null,
    status varchar not null,          -- geladen, deels_geladen, afgewezen, ongewijzigd
    rijen bigint not null,
    geladen bigint not null,
    quarantaine bigint not null,
    melding varchar,
    geladen_op timestamp not null,
    primary key (bron, bestand)
);

create table quarantine_reasons (
    bron varchar not null,
    bestand varchar not null,
    kolom varchar not null,
    reden varchar not null,
    aantal bigint not null,
    voorbeeld_rijen varchar not null  -- e.g. '12, 40, 41'
);

create table data_test_results (
    model varchar not null,
    test varchar not null,            -- e.g. unique(vestiging, teldatum), resultaat = baten - lasten
    geslaagd boolean not null,
    foute_rijen bigint not null,
    voorbeeld varchar                 -- a few failing rows as text
);
