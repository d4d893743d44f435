-- One row per uninterrupted placement in S(B)O: the chain of granted TLVs of one pupil, each starting no
-- later than the day after the previous one ended. The placement ends (the event of the survival curve)
-- on the day the pupil actually left the S(B)O school: the last day of the pupil's enrolments at the
-- placement's receiving vestigingen (inschrijvingen), so an early return counts as early. It has ended when
-- its last TLV has a final outcome, or when the pupil left those schools before the TLVs ran out; without
-- an enrolment that tells, a final outcome ends it on its last TLV's einddatum. Otherwise it is still
-- running and is censored later.
with tlvs as (
    select * from fct_tlv
    where is_toegekend
),

inschrijving as (
    select * from fct_inschrijving
),

per_placement as (
    select
        tlvs.swv_code,
        tlvs.plaatsing_id,
        min(tlvs.leerling_id) as leerling_id,
        min_by(tlvs.soort, struct(tlvs.ingangsdatum, tlvs.tlv_nummer)) as soort,
        min_by(tlvs.ontvangende_vestiging, struct(tlvs.ingangsdatum, tlvs.tlv_nummer)) as ontvangende_vestiging,
        max_by(tlvs.uitkomst, struct(tlvs.einddatum, tlvs.ingangsdatum, tlvs.tlv_nummer)) as laatste_uitkomst,
        count(*) as aantal_tlvs,
        min(tlvs.ingangsdatum) as startdatum,
        max(tlvs.einddatum) as laatste_einddatum
    from tlvs
    group by tlvs.swv_code, tlvs.plaatsing_id
),

-- the pupil's enrolments at a receiving vestiging of the placement that overlap it; the last day of them
-- (none while one of them is still open)
verblijf as (
    select
        placement_vestigingen.swv_code,
        placement_vestigingen.plaatsing_id,
        case
            when count(case when inschrijving.einddatum is null then 1 end) = 0 then max(inschrijving.einddatum)
        end as vertrekdatum
    from (
        select distinct
            tlvs.swv_code,
            tlvs.plaatsing_id,
            tlvs.leerling_id,
            tlvs.ontvangende_vestiging
        from tlvs
    ) as placement_vestigingen
    inner join per_placement
        on
            placement_vestigingen.swv_code = per_placement.swv_code
            and placement_vestigingen.plaatsing_id = per_placement.plaatsing_id
    inner join inschrijving
        on
            placement_vestigingen.leerling_id = inschrijving.leerling_id
            and placement_vestigingen.ontvangende_vestiging = inschrijving.vestiging
            and inschrijving.begindatum <= per_placement.laatste_einddatum
            and (inschrijving.einddatum is null or inschrijving.einddatum >= per_placement.startdatum)
    group by placement_vestigingen.swv_code, placement_vestigingen.plaatsing_id
),

ended as (
    select
        per_placement.*,
        verblijf.vertrekdatum,
        coalesce(
            per_placement.laatste_uitkomst in ('teruggeplaatst', 'overgeplaatst', 'uitstroom_vo', 'verhuisd'), false
        )
        or coalesce(verblijf.vertrekdatum < per_placement.laatste_einddatum, false) as is_beeindigd
    from per_placement
    left join verblijf
        on per_placement.swv_code = verblijf.swv_code and per_placement.plaatsing_id = verblijf.plaatsing_id
),

final as (
    select
        -- ids
        ended.plaatsing_id as plaatsing_id,
        ended.leerling_id as leerling_id,
        ended.swv_code as swv_code,
        -- attributes
        ended.soort as soort,
        ended.ontvangende_vestiging as ontvangende_vestiging,
        ended.laatste_uitkomst as laatste_uitkomst,
        ended.is_beeindigd as is_beeindigd,
        case
            when ended.is_beeindigd and ended.vertrekdatum is not null then 'inschrijvingen'
            when ended.is_beeindigd then 'tlv'
        end as einde_bron,
        -- measures
        cast(ended.aantal_tlvs as int) as aantal_tlvs,
        -- dates
        ended.startdatum as startdatum,
        case when ended.is_beeindigd then coalesce(ended.vertrekdatum, ended.laatste_einddatum) end as einddatum,
        ended.laatste_einddatum as laatste_einddatum
    from ended
)

select * from final
