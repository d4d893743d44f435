-- `dekkend loads`: the latest load of every file, as published (transform's serving/file_loads.sql
-- decides which load is the latest)
select
    f.bron,
    f.bestand,
    f.status,
    f.rijen,
    f.geladen,
    f.quarantaine,
    f.melding
from file_loads as f
order by f.bron, f.bestand
