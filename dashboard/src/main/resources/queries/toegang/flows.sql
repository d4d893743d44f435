-- every leerlingstroom, exact: only the privacy layer (toegang.Figures) reads them
select
    l.periode,
    l.soort,
    l.niveau,
    l.van_gebied,
    l.van_naam,
    l.naar_gebied,
    l.naar_naam,
    l.leerlingen
from leerlingstromen as l
order by l.periode, l.soort, l.niveau, l.van_gebied, l.naar_gebied
