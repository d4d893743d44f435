-- the themes of the catalog with at least one indicator that has figures in this publication
select distinct d.thema
from kpi_definitions as d
where exists (
    select 1
    from kpi_values as v
    where v.indicator = d.indicator
)
order by d.thema
