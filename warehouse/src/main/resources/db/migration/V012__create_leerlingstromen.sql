-- Leerlingstromen (transform's serving/leerlingstromen): on the peildatum (1 February) the enrolled pupils counted
-- from the area of their home to the area of their school, per soort of the school, at the levels wijk, gemeente
-- and swv. kpi_values holds shares per area of the home, never the pairs (home, school), which the sankey of the
-- thuisnabijheid page and the flows into and out of a gemeente in the OOGO-overzicht need. Exact counts: only the
-- dashboard's privacy layer (toegang.Figures) reads them, and hides small flows and what would give them away.

create table leerlingstromen (
    periode varchar not null,        -- schooljaar of the peildatum, e.g. 2024-2025
    soort varchar not null,          -- soort of the school: BAO, SBO, SO
    niveau varchar not null,         -- wijk, gemeente or swv
    van_gebied varchar not null,     -- area of the home at that level; 'buiten' outside the gebieden file
    van_naam varchar not null,
    naar_gebied varchar not null,    -- area of the school at that level; 'buiten' outside the gebieden file
    naar_naam varchar not null,
    leerlingen integer not null,     -- pupils (at least 1; a flow without pupils has no row)
    primary key (periode, soort, niveau, van_gebied, naar_gebied)
);
