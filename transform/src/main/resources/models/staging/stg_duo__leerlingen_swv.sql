with source as (
    select * from raw_duo_leerlingen_swv
),

final as (
    select
        -- ids
        upper(trim(source.swv_code)) as swv_code,
        source.teldatum as teldatum,
        -- measures: pupils on the teldatum
        source.bao as bao,
        source.sbo as sbo,
        source.so_cat1 as so_cat1,
        source.so_cat2 as so_cat2,
        source.so_cat3 as so_cat3,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
