with source as (
    select * from raw_gebieden
),

final as (
    select
        -- ids
        upper(trim(source.swv_code)) as swv_code,
        source.gemeente_code as gemeente_code,
        source.postcode as postcode,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
