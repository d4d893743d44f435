-- The area hierarchy the dashboard's scope needs (transform's serving/gebied_hierarchie): per level and
-- area the areas it lies in. A gemeente account sees areas with its gemeente_code, a bestuur account those
-- with its bestuur_code; an area without a row is shown to neither (the scope fails closed).

create table gebied_hierarchie (
    niveau varchar not null,          -- swv, stadsdeel, wijk, gemeente, bestuur, vestiging
    gebied varchar not null,          -- the code as in kpi_values.gebied
    gebied_naam varchar,
    wijk_code varchar,
    stadsdeel_code varchar,
    gemeente_code varchar,            -- GM + 4 digits
    bestuur_code varchar,             -- bevoegd-gezagnummer (levels bestuur and vestiging)
    swv_code varchar,
    primary key (niveau, gebied)
);
