-- the SWV this publication is about. A publication may hold several SWVs (DUO's files list the
-- neighbours too), but only the own SWV is also computed at a level below swv. kpi_values has no
-- parent-area column, so "has rows below swv" is read per indicator and periode: the SWV with the
-- most (indicator, periode) pairs that also have rows at stadsdeel, wijk, gemeente or vestiging
-- wins; when no SWV has any, the first by code.
with swv_rows as (
    select distinct
        v.gebied,
        v.indicator,
        v.periode
    from kpi_values as v
    where v.niveau = 'swv'
),

lower_rows as (
    select distinct
        v.indicator,
        v.periode
    from kpi_values as v
    where v.niveau in ('stadsdeel', 'wijk', 'gemeente', 'vestiging')
),

scored as (
    select
        s.gebied,
        count(l.indicator) as met_onderliggende_rijen
    from swv_rows as s
    left join lower_rows as l on l.indicator = s.indicator and l.periode = s.periode
    group by s.gebied
),

names as (
    select
        v.gebied,
        max(v.gebied_naam) as gebied_naam
    from kpi_values as v
    where v.niveau = 'swv'
    group by v.gebied
)

select
    s.gebied,
    n.gebied_naam
from scored as s
inner join names as n on n.gebied = s.gebied
order by s.met_onderliggende_rijen desc, s.gebied
limit 1
