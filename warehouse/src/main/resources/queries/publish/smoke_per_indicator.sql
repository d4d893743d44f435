-- a smoke query per indicator: its rows can be read back with its catalog entry, and percentages are
-- percentages; returns the indicators that fail
select
    kpi_values.indicator,
    count(*) filter (where definitions.indicator is null) as zonder_catalogus,
    count(*) filter (
        where
            definitions.eenheid = '%' and (kpi_values.waarde < 0 or kpi_values.waarde > 100)
            -- a relative deviation such as toeleiding_prognose_afwijking ((actual - forecast) / forecast
            -- x 100) is a signed percentage, not a share: it may fall outside 0-100
            and not suffix(kpi_values.indicator, '_afwijking')
    ) as buiten_bereik
from kpi_values
left join kpi_definitions as definitions
    on kpi_values.indicator = definitions.indicator
group by kpi_values.indicator
having zonder_catalogus > 0 or buiten_bereik > 0
