-- the SWV this publication is about: the first gebied at level swv
select
    v.gebied,
    max(v.gebied_naam) as gebied_naam
from kpi_values as v
where v.niveau = 'swv'
group by v.gebied
order by v.gebied
limit 1
