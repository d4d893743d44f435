-- per vestiging the wijken its pupils live in, exact: only the privacy layer (toegang.Figures) reads them
select
    h.periode,
    h.vestiging,
    h.vestiging_naam,
    h.soort,
    h.school_wijk,
    h.latitude,
    h.longitude,
    h.woon_wijk,
    h.woon_wijk_naam,
    h.leerlingen
from vestiging_herkomst as h
order by h.periode, h.vestiging, h.woon_wijk
