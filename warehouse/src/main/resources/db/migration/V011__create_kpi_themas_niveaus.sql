-- The catalog's themes and levels (transform's serving/kpi_themas and serving/kpi_niveaus, from `themas:` and
-- `niveaus:` of kpi_catalog.yml): the dashboard builds its navigation, theme pages and level choices from these
-- and keeps no list of its own.

create table kpi_themas (
    thema varchar primary key,        -- = kpi_definitions.thema
    titel varchar not null,           -- Dutch title, e.g. Dekkend aanbod
    intro varchar not null,           -- the question the theme page answers
    volgorde integer not null,        -- place in the navigation (1 first)
    indicatoren varchar[] not null,   -- the indicators the theme page shows, in order
    kern varchar[] not null           -- the headline indicators the overview shows
);

create table kpi_niveaus (
    niveau varchar primary key,       -- = kpi_values.niveau: swv, stadsdeel, wijk, gemeente, bestuur, vestiging
    naam varchar not null,            -- Dutch name, e.g. Samenwerkingsverband
    volgorde integer not null         -- the order pages offer the levels in
);
