-- Tijdelijkheid van plaatsing: the Kaplan-Meier median placement duration (as known on the peildatum),
-- the share of granted TLVs with a planned return, and per cohort of granted TLVs whose einddatum falls in
-- the schooljaar and has passed (on or before the TLV file's stand_datum) the shares returned to regular
-- education and extended: a pupil who returns early counts when the cohort's TLVs have run out, so a
-- running year is not judged on its early returns alone. Per soort (uitsplitsing) and in total (''), for
-- every schooljaar the TLV file covers; a share with no TLVs has no value.
with tlvs as (
    select * from fct_tlv
),

survival as (
    select * from fct_plaatsing_survival
),

periods as (
    select * from dim_periode
),

bounds as (
    select * from dim_tlv_bereik
),

cells as (
    select
        periods.schooljaar as periode,
        bounds.swv_code,
        breakdown.uitsplitsing
    from periods
    inner join bounds
        on periods.schooljaar between bounds.eerste_schooljaar and bounds.laatste_schooljaar
    cross join (values (''), ('SBO'), ('SO-1'), ('SO-2'), ('SO-3')) as breakdown (uitsplitsing)
),

-- every TLV twice: in the total ('') and in its soort
tlv_breakdown as (
    select
        tlvs.*,
        '' as uitsplitsing
    from tlvs
    union all
    select
        tlvs.*,
        tlvs.soort as uitsplitsing
    from tlvs
),

issued as (
    select
        tlv_breakdown.swv_code,
        tlv_breakdown.besluit_schooljaar as periode,
        tlv_breakdown.uitsplitsing,
        count(*) as toegekend,
        count(case when tlv_breakdown.has_terugplaatsmoment then 1 end) as met_terugplaatsmoment
    from tlv_breakdown
    where tlv_breakdown.is_toegekend
    group by tlv_breakdown.swv_code, tlv_breakdown.besluit_schooljaar, tlv_breakdown.uitsplitsing
),

-- the cohort of a schooljaar: granted TLVs whose einddatum falls in it and has passed; an outcome not
-- (yet) recorded counts in the cohort, not as returned or extended
ended as (
    select
        tlv_breakdown.swv_code,
        tlv_breakdown.eind_schooljaar as periode,
        tlv_breakdown.uitsplitsing,
        count(*) as afgelopen,
        count(case when tlv_breakdown.uitkomst = 'teruggeplaatst' then 1 end) as teruggeplaatst,
        count(case when tlv_breakdown.uitkomst = 'verlengd' then 1 end) as verlengd
    from tlv_breakdown
    inner join bounds
        on tlv_breakdown.swv_code = bounds.swv_code
    where tlv_breakdown.is_toegekend and tlv_breakdown.einddatum <= bounds.stand_datum
    group by tlv_breakdown.swv_code, tlv_breakdown.eind_schooljaar, tlv_breakdown.uitsplitsing
),

-- the first day the curve is at or below 0.5; none when it never gets there ('' may arrive as null)
medians as (
    select
        survival.swv_code,
        survival.periode,
        coalesce(survival.uitsplitsing, '') as uitsplitsing,
        max(survival.plaatsingen) as plaatsingen,
        min(case when survival.survival <= 0.5 then survival.dag end) as mediaan
    from survival
    group by survival.swv_code, survival.periode, coalesce(survival.uitsplitsing, '')
),

measures as (
    select
        cells.periode,
        cells.swv_code,
        cells.uitsplitsing,
        coalesce(medians.plaatsingen, 0) as plaatsingen,
        medians.mediaan,
        coalesce(issued.toegekend, 0) as toegekend,
        coalesce(issued.met_terugplaatsmoment, 0) as met_terugplaatsmoment,
        coalesce(ended.afgelopen, 0) as afgelopen,
        coalesce(ended.teruggeplaatst, 0) as teruggeplaatst,
        coalesce(ended.verlengd, 0) as verlengd
    from cells
    left join medians
        on
            cells.swv_code = medians.swv_code
            and cells.periode = medians.periode
            and cells.uitsplitsing = medians.uitsplitsing
    left join issued
        on
            cells.swv_code = issued.swv_code
            and cells.periode = issued.periode
            and cells.uitsplitsing = issued.uitsplitsing
    left join ended
        on
            cells.swv_code = ended.swv_code
            and cells.periode = ended.periode
            and cells.uitsplitsing = ended.uitsplitsing
),

per_indicator as (
    select
        measures.periode,
        measures.swv_code,
        measures.uitsplitsing,
        ids.indicator,
        case ids.indicator
            when 'tijdelijk_duur_mediaan' then measures.plaatsingen
            when 'tijdelijk_met_terugplaatsmoment' then measures.met_terugplaatsmoment
            when 'tijdelijk_teruggeplaatst' then measures.teruggeplaatst
            when 'tijdelijk_verlengd' then measures.verlengd
        end as teller,
        case ids.indicator
            when 'tijdelijk_met_terugplaatsmoment' then measures.toegekend
            when 'tijdelijk_teruggeplaatst' then measures.afgelopen
            when 'tijdelijk_verlengd' then measures.afgelopen
        end as noemer,
        case ids.indicator
            when 'tijdelijk_duur_mediaan' then measures.mediaan
        end as dagen
    from measures
    cross join (
        values
            ('tijdelijk_duur_mediaan'),
            ('tijdelijk_met_terugplaatsmoment'),
            ('tijdelijk_teruggeplaatst'),
            ('tijdelijk_verlengd')
    ) as ids (indicator)
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.periode as periode,
        'swv' as niveau,
        per_indicator.swv_code as gebied,
        cast(null as string) as gebied_naam,
        per_indicator.uitsplitsing as uitsplitsing,
        -- measures
        cast(per_indicator.teller as decimal(18, 4)) as teller,
        cast(per_indicator.noemer as decimal(18, 4)) as noemer,
        case
            when per_indicator.indicator = 'tijdelijk_duur_mediaan' then cast(per_indicator.dagen as decimal(18, 4))
            else cast(
                procent(per_indicator.teller, per_indicator.noemer)
                as decimal(18, 4)
            )
        end as waarde
    from per_indicator
)

select * from final
