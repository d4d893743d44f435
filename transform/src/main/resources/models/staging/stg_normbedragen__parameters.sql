with source as (
    select * from raw_normbedragen
),

final as (
    select
        -- ids
        trim(source.schooljaar) as schooljaar,
        lower(trim(source.parameter)) as parameter,
        -- measures: euros, a percentage as 90 for 90 %, or days
        source.waarde as waarde,
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
