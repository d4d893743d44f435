-- the indicator catalog, grouped by thema
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
order by d.thema, d.indicator
