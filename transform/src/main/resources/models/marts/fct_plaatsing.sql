-- One row per uninterrupted placement in S(B)O: the chain of granted TLVs of one pupil, each starting no
-- later than the day after the previous one ended. The placement ends (the event of the survival curve)
-- when its last TLV has a final outcome; otherwise it is still running and is censored later.
with tlvs as (
    select * from fct_tlv
    where is_toegekend
),

per_placement as (
    select
        tlvs.plaatsing_id,
        min(tlvs.leerling_id) as leerling_id,
        min(tlvs.swv_code) as swv_code,
        min_by(tlvs.soort, struct(tlvs.ingangsdatum, tlvs.tlv_nummer)) as soort,
        min_by(tlvs.ontvangende_vestiging, struct(tlvs.ingangsdatum, tlvs.tlv_nummer)) as ontvangende_vestiging,
        max_by(tlvs.uitkomst, struct(tlvs.einddatum, tlvs.ingangsdatum, tlvs.tlv_nummer)) as laatste_uitkomst,
        count(*) as aantal_tlvs,
        min(tlvs.ingangsdatum) as startdatum,
        max(tlvs.einddatum) as laatste_einddatum
    from tlvs
    group by tlvs.plaatsing_id
),

final as (
    select
        -- ids
        per_placement.plaatsing_id as plaatsing_id,
        per_placement.leerling_id as leerling_id,
        per_placement.swv_code as swv_code,
        -- attributes
        per_placement.soort as soort,
        per_placement.ontvangende_vestiging as ontvangende_vestiging,
        per_placement.laatste_uitkomst as laatste_uitkomst,
        coalesce(
            per_placement.laatste_uitkomst in ('teruggeplaatst', 'overgeplaatst', 'uitstroom_vo', 'verhuisd'), false
        ) as is_beeindigd,
        -- measures
        cast(per_placement.aantal_tlvs as int) as aantal_tlvs,
        -- dates
        per_placement.startdatum as startdatum,
        case
            when per_placement.laatste_uitkomst in ('teruggeplaatst', 'overgeplaatst', 'uitstroom_vo', 'verhuisd')
                then per_placement.laatste_einddatum
        end as einddatum,
        per_placement.laatste_einddatum as laatste_einddatum
    from per_placement
)

select * from final
