-- The schools' self-evaluation of basisondersteuning (SOP): one score per vestiging, schooljaar and ijkpunt.
with source as (
    select * from raw_sop_ijkpunten
),

final as (
    select
        -- ids
        replace(upper(trim(source.vestiging)), ' ', '') as vestiging,
        trim(source.schooljaar) as schooljaar,
        trim(source.ijkpunt) as ijkpunt,
        -- attributes
        lower(trim(source.domein)) as domein,
        source.plan as has_plan,
        -- measures: score 1 (onvoldoende) to 4 (goed)
        source.score as score,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
