with so_leeftijd as (
    select * from stg_duo__so_leeftijd
),

final as (
    select
        -- ids
        so_leeftijd.swv_code as swv_code,
        so_leeftijd.teldatum as teldatum,
        schooljaar(so_leeftijd.teldatum) as schooljaar,
        so_leeftijd.categorie as categorie,
        -- measures: SO pupils by age band on the teldatum
        so_leeftijd.jonger_dan_8 as jonger_dan_8,
        so_leeftijd.acht_en_ouder as acht_en_ouder
    from so_leeftijd
)

select * from final
