-- Thuisnabijheid beyond kpi_values (transform's serving/thuisnabij_afstanden and serving/vestiging_herkomst):
-- the distances home to school as a distribution per area of the home, and per vestiging of the region the wijken
-- its pupils live in, for the thuisnabijheid page's bar chart and its scatter of schools by their coordinates.
-- kpi_values holds only the median distance. Exact counts: only the dashboard's privacy layer (toegang.Figures)
-- reads them, and hides small cells and what would give them away. One migration for both: they ship together.

create table thuisnabij_afstanden (
    periode varchar not null,          -- schooljaar of the peildatum, e.g. 2024-2025
    niveau varchar not null,           -- level of the home: swv, stadsdeel, wijk or gemeente
    gebied varchar not null,           -- area of the home at that level
    soort varchar not null,            -- soort of the school: BAO, SBO, SO
    afstandsklasse varchar not null,   -- km home to school: 0-1, 1-2, 2-5, 5-10, 10-20, 20+ (lower bound included)
    gebied_naam varchar not null,
    klasse_volgorde integer not null,  -- 1 (0-1 km) to 6 (20+ km)
    leerlingen integer not null,       -- pupils (at least 1; a class without pupils has no row)
    primary key (periode, niveau, gebied, soort, afstandsklasse)
);

create table vestiging_herkomst (
    periode varchar not null,          -- schooljaar of the peildatum
    vestiging varchar not null,        -- a vestiging whose wijk is in the gebieden file
    woon_wijk varchar not null,        -- wijk of the home; 'buiten' outside the gebieden file
    vestiging_naam varchar,
    soort varchar not null,            -- BAO, SBO, SO
    school_wijk varchar not null,      -- wijk of the vestiging
    latitude double,                   -- of the vestiging (register), null when unknown
    longitude double,
    woon_wijk_naam varchar not null,
    leerlingen integer not null,       -- pupils (at least 1)
    primary key (periode, vestiging, woon_wijk)
);
