-- every cell of the coverage matrix, exact: only the privacy layer (toegang.Figures) reads them
select
    m.periode,
    m.stadsdeel_code,
    m.stadsdeel_naam,
    m.is_stadsdeel,
    m.ondersteuningsbehoefte,
    m.capaciteit,
    m.bezetting,
    m.wachtlijst,
    m.vraag,
    m.tekort,
    m.signalering,
    m.onderdrukt
from dekkend_matrix as m
order by m.periode, m.stadsdeel_code, m.ondersteuningsbehoefte
