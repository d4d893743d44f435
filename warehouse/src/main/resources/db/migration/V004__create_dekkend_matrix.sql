-- The coverage matrix of dekkend aanbod (ondersteuningsbehoefte x stadsdeel) for the heat map on the
-- dekkend-aanbod page. kpi_values holds the same cells as indicator dekkend_plekken (waarde = capaciteit -
-- vraag) but not the split of demand into bezetting and wachtlijst, nor the named gap the plans ask for
-- ("every gap named"), so it gets its own table. Where a gemeente has no stadsdelen the gemeente stands in
-- for the stadsdeel (is_stadsdeel false, stadsdeel_code is then the GM code). Counts are decimal(18,4)
-- like every measure in V001; onderdrukt follows kpi_values (1 to 4 pupils or places in the cell).

create table dekkend_matrix (
    periode varchar not null,               -- schooljaar of the voorzieningen' peildatum, e.g. 2023-2024
    swv_code varchar not null,
    stadsdeel_code varchar not null,        -- e.g. SD9901B, or GM9902 for a gemeente without stadsdelen
    stadsdeel_naam varchar,
    is_stadsdeel boolean not null,
    ondersteuningsbehoefte varchar not null, -- e.g. gedrag, taal_spraak
    capaciteit decimal(18, 4) not null,     -- places in the voorzieningen of the cell
    bezetting decimal(18, 4) not null,      -- places taken
    wachtlijst decimal(18, 4) not null,     -- pupils waiting
    vraag decimal(18, 4) not null,          -- bezetting + wachtlijst
    tekort decimal(18, 4) not null,         -- vraag - capaciteit when positive, else 0
    signalering varchar,                    -- the gap in words, e.g. 'Tekort van 6 plekken voor gedrag in stadsdeel Noord'
    onderdrukt boolean not null,
    primary key (periode, stadsdeel_code, ondersteuningsbehoefte)
);
