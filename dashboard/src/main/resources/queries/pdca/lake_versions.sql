-- the Delta table versions the publication was built from (V010)
select
    l.tabel,
    l.versie
from lake_versions as l
order by l.tabel
