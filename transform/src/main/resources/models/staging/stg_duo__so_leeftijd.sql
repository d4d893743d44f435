with source as (
    select * from raw_duo_so_leeftijd
),

final as (
    select
        -- ids
        upper(trim(source.swv_code)) as swv_code,
        source.teldatum as teldatum,
        source.categorie as categorie,
        -- measures: SO pupils on the teldatum by age band
        source.jonger_dan_8 as jonger_dan_8,
        source.acht_en_ouder as acht_en_ouder,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
