-- every table the migrations created, except the ones publish fills itself
select table_name
from information_schema.tables
where
    table_schema = 'main'
    and table_type = 'BASE TABLE'
    and table_name not in ('publication', 'flyway_schema_history')
order by table_name
