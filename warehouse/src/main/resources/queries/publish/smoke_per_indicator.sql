-- a smoke query per indicator: every row of kpi_values reads back with its catalog entry; returns the
-- indicators that fail. Ranges (0-100 for a share, signed deviations) are each model's own data tests.
select
    kpi_values.indicator,
    count(*) as zonder_catalogus
from kpi_values
left join kpi_definitions as definitions
    on kpi_values.indicator = definitions.indicator
where definitions.indicator is null
group by kpi_values.indicator
