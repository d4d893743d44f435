-- one catalog entry by id ($1)
select
    d.indicator,
    d.naam,
    d.definitie,
    d.eenheid,
    d.decimalen,
    d.richting,
    d.thema,
    d.niveaus,
    d.bronnen,
    d.model
from kpi_definitions as d
where d.indicator = $1
