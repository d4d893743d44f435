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
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
