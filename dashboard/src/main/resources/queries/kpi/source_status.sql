-- what the pipeline had to work with, one row per source
select
    s.bron,
    s.aanwezig,
    s.bestanden,
    s.rijen_geladen,
    s.rijen_quarantaine,
    s.laatste_lading,
    s.nieuwste_periode
from source_status as s
order by s.bron
