-- The places the ondersteuningsplan allots to each bestuur per schooljaar and soort (SBO, SO): the
-- optional source quota.
with source as (
    select * from raw_quota
),

final as (
    select
        -- ids
        trim(source.schooljaar) as schooljaar,
        trim(source.bevoegd_gezag_nr) as bevoegd_gezag_nr,
        upper(trim(source.soort)) as soort,
        -- measures
        source.quotum as quotum,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
