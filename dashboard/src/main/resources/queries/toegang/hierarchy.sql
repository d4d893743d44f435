-- where every area lies
select
    h.niveau,
    h.gebied,
    h.wijk_code,
    h.stadsdeel_code,
    h.gemeente_code,
    h.bestuur_code,
    h.swv_code
from gebied_hierarchie as h
