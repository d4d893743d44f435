with source as (
    select * from raw_reserves
),

final as (
    select
        -- ids
        source.jaar as jaar,
        -- measures: euros
        source.reserve_begin as reserve_begin,
        source.signaleringswaarde as signaleringswaarde,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
