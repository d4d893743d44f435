-- The survival curves behind tijdelijk_duur_mediaan (transform's fct_plaatsing_survival): kpi_values can
-- hold only the median, but the honest view of placement duration is the whole Kaplan-Meier curve, with
-- the placements still running censored at the peildatum. One row per step of the curve.

create table kpi_survival (
    periode varchar not null,         -- schooljaar; the curve as known on its peildatum (1 February)
    niveau varchar not null,          -- swv
    gebied varchar not null,          -- SWV code
    uitsplitsing varchar not null,    -- soort of the first TLV (SBO, SO-1, SO-2, SO-3); '' for all placements
    dag integer not null,             -- placement duration in days, first and last day included
    plaatsingen integer not null,     -- placements in this curve
    at_risk integer not null,         -- placements observed for at least dag days
    events integer not null,          -- placements that ended after exactly dag days
    censored integer not null,        -- running placements last observed at dag days
    survival decimal(18, 4) not null, -- S(dag): estimated share still placed after dag days
    onderdrukt boolean not null,      -- fewer than 5 placements: hidden from roles that see aggregates
    primary key (periode, gebied, uitsplitsing, dag)
);
