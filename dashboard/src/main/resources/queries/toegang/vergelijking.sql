-- every SWV of DUO's per-SWV file with its place among all SWVs, exact: only the privacy layer (toegang.Figures)
-- reads them
select
    c.periode,
    c.indicator,
    c.swv_code,
    c.teller,
    c.noemer,
    c.waarde,
    c.grootte,
    c.grootteklasse,
    c.rang,
    c.aantal,
    c.rang_grootteklasse,
    c.aantal_grootteklasse,
    c.mediaan,
    c.mediaan_grootteklasse,
    c.landelijk_teller,
    c.landelijk_noemer,
    c.landelijk_waarde,
    c.landelijk_duo
from swv_vergelijking as c
order by c.indicator, c.periode, c.swv_code
