-- per indicator with data: its latest total at SWV level for one SWV ($1), with its catalog entry;
-- suppressed cells never leave the database with their figures
with swv_totals as (
    select v.*
    from kpi_values as v
    where v.niveau = 'swv' and v.uitsplitsing = '' and v.gebied = $1
),

latest as (
    select
        t.indicator,
        max(t.periode) as periode
    from swv_totals as t
    group by t.indicator
)

select
    d.indicator,
    d.naam,
    d.eenheid,
    d.decimalen,
    d.richting,
    d.thema,
    t.periode,
    case when t.onderdrukt then null else t.waarde end as waarde,
    t.norm,
    t.status,
    t.onderdrukt
from kpi_definitions as d
inner join latest as l on l.indicator = d.indicator
inner join swv_totals as t on t.indicator = l.indicator and t.periode = l.periode
order by d.thema, d.indicator
