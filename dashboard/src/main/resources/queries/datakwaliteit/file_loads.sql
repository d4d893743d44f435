-- the latest load of every file, newest first per source
select
    f.bron,
    f.bestand,
    f.status,
    f.rijen,
    f.geladen,
    f.quarantaine,
    f.melding,
    f.geladen_op
from file_loads as f
order by f.bron, f.geladen_op desc, f.bestand
