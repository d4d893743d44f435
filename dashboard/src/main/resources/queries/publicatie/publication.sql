-- the publication row of a DuckDB file: which run it holds and when it was published
select
    p.publication_id,
    p.run_id,
    p.published_at
from publication as p
order by p.published_at desc
limit 1
