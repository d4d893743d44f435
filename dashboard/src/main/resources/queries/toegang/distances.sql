-- every cell of the distances home to school, exact: only the privacy layer (toegang.Figures) reads them
select
    a.periode,
    a.niveau,
    a.gebied,
    a.gebied_naam,
    a.soort,
    a.afstandsklasse,
    a.klasse_volgorde,
    a.leerlingen
from thuisnabij_afstanden as a
order by a.periode, a.niveau, a.gebied, a.soort, a.klasse_volgorde
