with telling as (
    select * from stg_duo__leerlingen_swv
),

final as (
    select
        -- ids
        telling.swv_code as swv_code,
        telling.teldatum as teldatum,
        schooljaar(telling.teldatum) as schooljaar,
        -- measures
        telling.bao as bao,
        telling.sbo as sbo,
        coalesce(telling.so_cat1, 0) as so_cat1,
        coalesce(telling.so_cat2, 0) as so_cat2,
        coalesce(telling.so_cat3, 0) as so_cat3,
        telling.bao + telling.sbo as bao_sbo
    from telling
)

select * from final
