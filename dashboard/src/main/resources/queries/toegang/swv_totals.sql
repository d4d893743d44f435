-- the totals at level swv (every SWV) of a comma-separated list of indicators ($1), exact: only the privacy
-- layer (toegang.Figures) reads them
select
    v.indicator,
    v.periode,
    v.niveau,
    v.gebied,
    v.gebied_naam,
    v.uitsplitsing,
    v.teller,
    v.noemer,
    v.waarde,
    v.norm,
    v.status,
    v.onderdrukt
from kpi_values as v
where
    v.niveau = 'swv'
    and v.uitsplitsing = ''
    and list_contains(string_split($1, ','), v.indicator)
order by v.periode, v.indicator
