-- DUO's national figures next to the SWV's, under the same indicator ids. SBO + SO nationally is the sum
-- of the two published percentages.
with landelijk as (
    select * from stg_duo__landelijk
),

unpivoted as (
    select
        schooljaar(landelijk.teldatum) as periode,
        stack(
            6,
            'deelname_sbo', landelijk.sbo_pct,
            'deelname_so', landelijk.so_totaal_pct,
            'deelname_so_cat1', landelijk.so_cat1_pct,
            'deelname_so_cat2', landelijk.so_cat2_pct,
            'deelname_so_cat3', landelijk.so_cat3_pct,
            'deelname_sbo_so', cast(landelijk.sbo_pct + landelijk.so_totaal_pct as decimal(18, 4))
        ) as (indicator, waarde)
    from landelijk
),

final as (
    select
        unpivoted.indicator,
        unpivoted.periode,
        cast(unpivoted.waarde as decimal(18, 4)) as waarde
    from unpivoted
    where unpivoted.waarde is not null
)

select * from final
