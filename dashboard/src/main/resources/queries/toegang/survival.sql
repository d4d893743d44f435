-- every step of the placement-duration curves, exact: only the privacy layer (toegang.Figures) reads them
select
    s.periode,
    s.gebied,
    s.uitsplitsing,
    s.dag,
    s.plaatsingen,
    s.at_risk,
    s.events,
    s.censored,
    s.survival
from kpi_survival as s
order by s.periode, s.gebied, s.uitsplitsing, s.dag
