-- why rows were quarantined, grouped per file, column and reason, with example row numbers
select
    q.bron,
    q.bestand,
    q.kolom,
    q.reden,
    q.aantal,
    q.voorbeeld_rijen
from quarantine_reasons as q
order by q.bron, q.bestand, q.aantal desc, q.kolom
