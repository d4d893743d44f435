-- rows of one indicator ($1), optionally one periode ($2) and one niveau ($3);
-- suppressed cells never leave the database with their figures
select
    v.indicator,
    v.periode,
    v.niveau,
    v.gebied,
    v.gebied_naam,
    v.uitsplitsing,
    case when v.onderdrukt then null else v.teller end as teller,
    case when v.onderdrukt then null else v.noemer end as noemer,
    case when v.onderdrukt then null else v.waarde end as waarde,
    v.norm,
    v.status,
    v.onderdrukt
from kpi_values as v
where
    v.indicator = $1
    and ($2::varchar is null or v.periode = $2::varchar)
    and ($3::varchar is null or v.niveau = $3::varchar)
order by v.periode, v.niveau, v.gebied, v.uitsplitsing
