-- the figures a cycle covers, exact (the app database keeps them; pages show them through the privacy layer):
-- per indicator its newest period up to the cycle's schooljaar (a kalenderjaar 2024 sorts before 2024-2025),
-- the own SWV's total and the totals at the chosen levels (in the catalog's order of kpi_niveaus); parameters:
-- schooljaar, own swv, levels 'a,b'
with totals as (
    select v.*
    from kpi_values as v
    where
        v.uitsplitsing = ''
        and v.periode <= ?
        and ((v.niveau = 'swv' and v.gebied = ?) or list_contains(string_split(?, ','), v.niveau))
),

newest as (
    select
        t.indicator,
        max(t.periode) as periode
    from totals as t
    group by t.indicator
)

select t.*
from totals as t
inner join newest as n on t.indicator = n.indicator and t.periode = n.periode
left join kpi_niveaus as l on t.niveau = l.niveau
order by
    t.indicator,
    l.volgorde,
    t.gebied
