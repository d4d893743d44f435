-- the catalog's privacy setting per indicator
select
    o.indicator,
    o.onderdruk_klein,
    o.drempel,
    o.geheel
from kpi_onderdrukking as o
