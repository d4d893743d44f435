-- the catalog's norms per planperiode with the indicator's direction: the defaults of the app database's norms
select
    kpi_norms.indicator,
    kpi_norms.planperiode,
    kpi_norms.eerste_periode,
    kpi_norms.laatste_periode,
    definitions.richting,
    kpi_norms.norm,
    kpi_norms.grens
from kpi_norms
inner join kpi_definitions as definitions
    on kpi_norms.indicator = definitions.indicator
where definitions.richting is not null
order by kpi_norms.indicator, kpi_norms.planperiode
