with source as (
    select * from raw_duo_landelijk
),

final as (
    select
        -- ids
        source.teldatum as teldatum,
        -- measures: national percentages as DUO publishes them
        source.sbo_pct as sbo_pct,
        source.so_cat1_pct as so_cat1_pct,
        source.so_cat2_pct as so_cat2_pct,
        source.so_cat3_pct as so_cat3_pct,
        source.so_totaal_pct as so_totaal_pct
    from source
)

select * from final
