-- The dated parameter table (normbedragen and other rules that change per schooljaar): one value per
-- schooljaar and parameter, never hard-coded in a model.
with source as (
    select * from raw_normbedragen
),

final as (
    select
        -- ids
        trim(source.schooljaar) as schooljaar,
        lower(trim(source.parameter)) as parameter,
        -- measures
        source.waarde as waarde,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
