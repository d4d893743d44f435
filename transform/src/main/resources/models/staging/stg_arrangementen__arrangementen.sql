-- Arrangements: extra support inside regular schools, for one pupil (leerling_id) or a group.
with source as (
    select * from raw_arrangementen
),

final as (
    select
        -- ids
        source.arrangement_id as arrangement_id,
        source.leerling_id as leerling_id,
        upper(trim(source.vestiging)) as vestiging,
        -- attributes
        lower(trim(source.soort)) as soort,
        source.ondersteuningsbehoefte as ondersteuningsbehoefte,
        -- measures
        source.aantal_leerlingen as aantal_leerlingen,
        source.kosten as kosten,
        -- period
        source.begindatum as begindatum,
        source.einddatum as einddatum,
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
