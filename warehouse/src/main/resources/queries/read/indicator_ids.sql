select indicator from kpi_definitions order by indicator
