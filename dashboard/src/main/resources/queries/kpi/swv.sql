-- the SWV this publication is about: the one transform determined (eigen_swv, see V005); a publication
-- holds neighbouring SWVs too, because DUO's files list them. When the own SWV could not be told, the
-- first SWV by code. Its name where a source gave one: a name that only repeats the code is no name.
select
    v.gebied,
    max(nullif(v.gebied_naam, v.gebied)) as gebied_naam
from kpi_values as v
left join eigen_swv as e on e.swv_code = v.gebied
where v.niveau = 'swv'
group by v.gebied
order by count(e.swv_code) desc, v.gebied
limit 1
