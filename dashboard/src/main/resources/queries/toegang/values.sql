-- every row of a comma-separated list of indicators ($1), exact: only the privacy layer (toegang.Figures) reads
-- them, and it decides what each role sees
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
where list_contains(string_split($1, ','), v.indicator)
order by v.indicator, v.periode, v.niveau, v.gebied, v.uitsplitsing
