-- the catalog's norms per planperiode with the indicator's direction: the defaults of the app database's norms
select
    n.indicator,
    n.planperiode,
    n.eerste_periode,
    n.laatste_periode,
    d.richting,
    n.norm,
    n.grens
from kpi_norms as n
inner join kpi_definitions as d on n.indicator = d.indicator
where d.richting is not null
order by n.indicator, n.planperiode
