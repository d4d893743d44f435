select indicator, sum(teller) as teller from kpi_rows group by indicator
