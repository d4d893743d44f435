-- the levels (niveau) at which one indicator ($1) has rows
select distinct v.niveau
from kpi_values as v
where v.indicator = $1
order by v.niveau
