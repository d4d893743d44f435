-- national reference figures for a comma-separated list of indicators ($1)
select
    n.indicator,
    n.periode,
    n.waarde
from kpi_national as n
where list_contains(string_split($1, ','), n.indicator)
order by n.periode, n.indicator
