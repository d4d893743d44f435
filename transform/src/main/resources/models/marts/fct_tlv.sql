-- One row per TLV request with its decision lead time against the legal term, the pupil's age at the
-- request, the placement it belongs to and its outcome. Consecutive granted TLVs of one pupil (the next
-- starts no later than the day after the previous one ends) form one placement in S(B)O.
with source_tlvs as (
    select * from stg_tlv__tlvs
),

parameters as (
    select * from stg_normbedragen__parameters
    where parameter = 'tlv_termijn_dagen'
),

geboorte as (
    select * from stg_inschrijvingen__geboorte
),

inschrijving as (
    select * from fct_inschrijving
),

swv as (
    select * from int_swv__eigen_bepaald
),

-- the TLV file is the SWV's own register: every TLV belongs to the SWV that delivered it (its folder of a
-- national inbox), else to the installation's own SWV; a tlv_nummer is unique within its SWV only
tlvs as (
    select
        source_tlvs.*,
        coalesce(source_tlvs.aanlever_swv_code, swv.swv_code, 'onbekend') as swv_code
    from source_tlvs
    left join swv
        on true
),

-- the decision term of a schooljaar, from the normbedragen file of the SWV (delivering, else own)
termijn as (
    select
        coalesce(parameters.aanlever_swv_code, swv.swv_code, 'onbekend') as swv_code,
        parameters.schooljaar,
        cast(parameters.waarde as int) as dagen
    from parameters
    left join swv
        on true
),

-- where the pupil lived when the TLV was requested: the home of the enrolment running on the aanvraagdatum
-- (the latest begun when there are two); no running enrolment, no woongemeente
woning as (
    select
        tlvs.swv_code,
        tlvs.tlv_nummer,
        inschrijving.woon_gemeente_code,
        row_number() over (
            partition by tlvs.swv_code, tlvs.tlv_nummer
            order by inschrijving.begindatum desc, inschrijving.vestiging
        ) as rang
    from tlvs
    inner join inschrijving
        on
            tlvs.leerling_id = inschrijving.leerling_id
            and inschrijving.begindatum <= tlvs.aanvraagdatum
            and (inschrijving.einddatum is null or inschrijving.einddatum >= tlvs.aanvraagdatum)
),

granted as (
    select
        tlvs.swv_code,
        tlvs.tlv_nummer,
        tlvs.leerling_id,
        tlvs.ingangsdatum,
        tlvs.einddatum,
        max(tlvs.einddatum) over (
            partition by tlvs.swv_code, tlvs.leerling_id
            order by tlvs.ingangsdatum, tlvs.tlv_nummer
            rows between unbounded preceding and 1 preceding
        ) as vorige_einddatum
    from tlvs
    where tlvs.besluit = 'toegekend'
),

placement_starts as (
    select
        granted.swv_code,
        granted.tlv_nummer,
        granted.leerling_id,
        granted.ingangsdatum,
        granted.vorige_einddatum is null
        or granted.ingangsdatum > date_add(granted.vorige_einddatum, 1) as is_nieuwe_plaatsing
    from granted
),

placements as (
    select
        placement_starts.swv_code,
        placement_starts.tlv_nummer,
        placement_starts.is_nieuwe_plaatsing,
        last(case when placement_starts.is_nieuwe_plaatsing then placement_starts.tlv_nummer end, true) over (
            partition by placement_starts.swv_code, placement_starts.leerling_id
            order by placement_starts.ingangsdatum, placement_starts.tlv_nummer
            rows between unbounded preceding and current row
        ) as plaatsing_id
    from placement_starts
),

-- a request made while the pupil already holds a running TLV is a follow-up (verlenging, overplaatsing)
follow_ups as (
    select distinct
        tlvs.swv_code,
        tlvs.tlv_nummer
    from tlvs
    inner join granted
        on
            tlvs.swv_code = granted.swv_code
            and tlvs.leerling_id = granted.leerling_id
            and tlvs.tlv_nummer <> granted.tlv_nummer
            and tlvs.aanvraagdatum between granted.ingangsdatum and granted.einddatum
),

final as (
    select
        -- ids
        tlvs.tlv_nummer as tlv_nummer,
        tlvs.leerling_id as leerling_id,
        tlvs.swv_code as swv_code,
        placements.plaatsing_id as plaatsing_id,
        -- attributes
        tlvs.soort as soort,
        tlvs.aanvragende_vestiging as aanvragende_vestiging,
        woning.woon_gemeente_code as woon_gemeente_code,
        tlvs.ontvangende_vestiging as ontvangende_vestiging,
        tlvs.besluit as besluit,
        tlvs.besluit = 'toegekend' as is_toegekend,
        follow_ups.tlv_nummer is not null as is_vervolgaanvraag,
        coalesce(placements.is_nieuwe_plaatsing, false) as is_nieuwe_plaatsing,
        tlvs.uitkomst as uitkomst,
        coalesce(
            tlvs.besluit = 'toegekend'
            and tlvs.uitkomst in ('verlengd', 'teruggeplaatst', 'overgeplaatst', 'uitstroom_vo', 'verhuisd'),
            false
        ) as is_afgelopen,
        tlvs.geplande_terugplaatsing is not null as has_terugplaatsmoment,
        tlvs.is_eenzijdig as is_eenzijdig,
        coalesce(tlvs.has_bezwaar, false) as has_bezwaar,
        -- the decision on the objection: gegrond (also deels gegrond), ongegrond, niet_ontvankelijk or
        -- ingetrokken, spelled as users type it (spaces and hyphens become _)
        case when coalesce(tlvs.has_bezwaar, false) then regexp_replace(tlvs.bezwaar_uitkomst, '[ -]+', '_') end
            as bezwaar_uitkomst,
        schooljaar(tlvs.aanvraagdatum) as aanvraag_schooljaar,
        schooljaar(tlvs.besluitdatum) as besluit_schooljaar,
        schooljaar(tlvs.einddatum) as eind_schooljaar,
        -- measures
        datediff(tlvs.besluitdatum, tlvs.aanvraagdatum) as doorlooptijd_dagen,
        coalesce(termijn.dagen, 56) as termijn_dagen,
        datediff(tlvs.besluitdatum, tlvs.aanvraagdatum) <= coalesce(termijn.dagen, 56) as is_binnen_termijn,
        (year(tlvs.aanvraagdatum) * 12 + month(tlvs.aanvraagdatum))
        - (geboorte.geboortejaar * 12 + geboorte.geboortemaand) as leeftijd_maanden,
        -- dates
        tlvs.aanvraagdatum as aanvraagdatum,
        tlvs.besluitdatum as besluitdatum,
        tlvs.ingangsdatum as ingangsdatum,
        tlvs.einddatum as einddatum,
        tlvs.geplande_terugplaatsing as geplande_terugplaatsing
    from tlvs
    left join woning
        on tlvs.swv_code = woning.swv_code and tlvs.tlv_nummer = woning.tlv_nummer and woning.rang = 1
    left join placements
        on tlvs.swv_code = placements.swv_code and tlvs.tlv_nummer = placements.tlv_nummer
    left join follow_ups
        on tlvs.swv_code = follow_ups.swv_code and tlvs.tlv_nummer = follow_ups.tlv_nummer
    left join termijn
        on tlvs.swv_code = termijn.swv_code and schooljaar(tlvs.aanvraagdatum) = termijn.schooljaar
    left join geboorte
        on tlvs.leerling_id = geboorte.leerling_id
)

select * from final
