-- The SWV's forecast of new referrals per schooljaar and TLV soort, optionally per bestuur.
with source as (
    select * from raw_prognoses
),

final as (
    select
        -- ids
        trim(source.schooljaar) as schooljaar,
        upper(trim(source.soort)) as soort,
        nullif(trim(source.bevoegd_gezag_nr), '') as bevoegd_gezag_nr,
        -- measures
        source.aantal as aantal,
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
