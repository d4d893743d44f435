-- the totals at SWV level of one SWV ($1) for a comma-separated list of indicators ($2);
-- suppressed cells never leave the database with their figures
select
    v.indicator,
    v.periode,
    v.niveau,
    v.gebied,
    v.gebied_naam,
    v.uitsplitsing,
    case when v.onderdrukt then null else v.teller end as teller,
    case when v.onderdrukt then null else v.noemer end as noemer,
    case when v.onderdrukt then null else v.waarde end as waarde,
    v.norm,
    v.status,
    v.onderdrukt
from kpi_values as v
where
    v.niveau = 'swv'
    and v.uitsplitsing = ''
    and v.gebied = $1
    and list_contains(string_split($2, ','), v.indicator)
order by v.periode, v.indicator
