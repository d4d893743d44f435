-- Toeleiding: TLV requests and decisions, the decision lead time against the term, eenzijdige requests,
-- objections and the share of them upheld, the age at referral, and the forecast against the actual number of new TLVs. SWV level per
-- soort (uitsplitsing) and in total (''), for every schooljaar the TLV file covers; vestiging level by the
-- requesting vestiging (totals only, where it made requests or got decisions); requests and decisions also by
-- the pupil's woongemeente on the aanvraagdatum (level gemeente, totals only, where there are any).
with tlvs as (
    select * from fct_tlv
),

prognose as (
    select * from fct_tlv_prognose
),

periods as (
    select * from dim_periode
),

bounds as (
    select * from dim_tlv_bereik
),

swv_cells as (
    select
        periods.schooljaar as periode,
        'swv' as niveau,
        bounds.swv_code as gebied,
        breakdown.uitsplitsing
    from periods
    inner join bounds
        on periods.schooljaar between bounds.eerste_schooljaar and bounds.laatste_schooljaar
    cross join (values (''), ('SBO'), ('SO-1'), ('SO-2'), ('SO-3')) as breakdown (uitsplitsing)
),

-- every request once at SWV level (total and its soort) and once at its requesting vestiging (total)
tlv_cells as (
    select
        tlvs.*,
        'swv' as niveau,
        tlvs.swv_code as gebied,
        '' as uitsplitsing
    from tlvs
    where tlvs.swv_code is not null
    union all
    select
        tlvs.*,
        'swv' as niveau,
        tlvs.swv_code as gebied,
        tlvs.soort as uitsplitsing
    from tlvs
    where tlvs.swv_code is not null
    union all
    select
        tlvs.*,
        'vestiging' as niveau,
        tlvs.aanvragende_vestiging as gebied,
        '' as uitsplitsing
    from tlvs
    where tlvs.aanvragende_vestiging is not null
    union all
    select
        tlvs.*,
        'gemeente' as niveau,
        tlvs.woon_gemeente_code as gebied,
        '' as uitsplitsing
    from tlvs
    where tlvs.woon_gemeente_code is not null
),

requested as (
    select
        tlv_cells.aanvraag_schooljaar as periode,
        tlv_cells.niveau,
        tlv_cells.gebied,
        tlv_cells.uitsplitsing,
        count(*) as aanvragen,
        count(case when not tlv_cells.is_vervolgaanvraag and tlv_cells.leeftijd_maanden is not null then 1 end)
            as met_leeftijd,
        percentile_cont(0.5) within group (
            order by case when not tlv_cells.is_vervolgaanvraag then tlv_cells.leeftijd_maanden end
        ) as leeftijd_maanden_mediaan
    from tlv_cells
    group by tlv_cells.aanvraag_schooljaar, tlv_cells.niveau, tlv_cells.gebied, tlv_cells.uitsplitsing
),

decided as (
    select
        tlv_cells.besluit_schooljaar as periode,
        tlv_cells.niveau,
        tlv_cells.gebied,
        tlv_cells.uitsplitsing,
        count(*) as besluiten,
        count(case when tlv_cells.is_binnen_termijn then 1 end) as binnen_termijn,
        percentile_cont(0.5) within group (order by tlv_cells.doorlooptijd_dagen) as doorlooptijd_mediaan,
        count(case when tlv_cells.is_eenzijdig is not null then 1 end) as eenzijdig_bekend,
        count(case when tlv_cells.is_eenzijdig then 1 end) as eenzijdig,
        count(case when tlv_cells.has_bezwaar then 1 end) as bezwaren,
        count(
            case when tlv_cells.bezwaar_uitkomst in ('gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk') then 1 end
        ) as bezwaren_beslist,
        count(case when tlv_cells.bezwaar_uitkomst in ('gegrond', 'deels_gegrond') then 1 end) as bezwaren_gegrond
    from tlv_cells
    group by tlv_cells.besluit_schooljaar, tlv_cells.niveau, tlv_cells.gebied, tlv_cells.uitsplitsing
),

-- every forecast row in the total ('') and in its soort
prognose_breakdown as (
    select
        prognose.*,
        '' as uitsplitsing
    from prognose
    union all
    select
        prognose.*,
        prognose.soort as uitsplitsing
    from prognose
),

forecast as (
    select
        prognose_breakdown.schooljaar as periode,
        'swv' as niveau,
        prognose_breakdown.swv_code as gebied,
        prognose_breakdown.uitsplitsing,
        sum(prognose_breakdown.prognose) as prognose,
        sum(prognose_breakdown.werkelijk) as werkelijk
    from prognose_breakdown
    group by prognose_breakdown.schooljaar, prognose_breakdown.swv_code, prognose_breakdown.uitsplitsing
),

cells as (
    select swv_cells.periode, swv_cells.niveau, swv_cells.gebied, swv_cells.uitsplitsing
    from swv_cells
    union
    select requested.periode, requested.niveau, requested.gebied, requested.uitsplitsing
    from requested
    where requested.niveau <> 'swv'
    union
    select decided.periode, decided.niveau, decided.gebied, decided.uitsplitsing
    from decided
    where decided.niveau <> 'swv'
),

measures as (
    select
        cells.periode,
        cells.niveau,
        cells.gebied,
        cells.uitsplitsing,
        coalesce(requested.aanvragen, 0) as aanvragen,
        coalesce(requested.met_leeftijd, 0) as met_leeftijd,
        requested.leeftijd_maanden_mediaan,
        coalesce(decided.besluiten, 0) as besluiten,
        coalesce(decided.binnen_termijn, 0) as binnen_termijn,
        decided.doorlooptijd_mediaan,
        coalesce(decided.eenzijdig_bekend, 0) as eenzijdig_bekend,
        coalesce(decided.eenzijdig, 0) as eenzijdig,
        coalesce(decided.bezwaren, 0) as bezwaren,
        coalesce(decided.bezwaren_beslist, 0) as bezwaren_beslist,
        coalesce(decided.bezwaren_gegrond, 0) as bezwaren_gegrond
    from cells
    left join requested
        on
            cells.periode = requested.periode
            and cells.niveau = requested.niveau
            and cells.gebied = requested.gebied
            and cells.uitsplitsing = requested.uitsplitsing
    left join decided
        on
            cells.periode = decided.periode
            and cells.niveau = decided.niveau
            and cells.gebied = decided.gebied
            and cells.uitsplitsing = decided.uitsplitsing
),

per_indicator as (
    select
        measures.periode,
        measures.niveau,
        measures.gebied,
        measures.uitsplitsing,
        ids.indicator,
        case ids.indicator
            when 'toeleiding_aanvragen' then measures.aanvragen
            when 'toeleiding_besluiten' then measures.besluiten
            when 'toeleiding_doorlooptijd_mediaan' then measures.besluiten
            when 'toeleiding_binnen_termijn' then measures.binnen_termijn
            when 'toeleiding_eenzijdig' then measures.eenzijdig
            when 'toeleiding_bezwaren' then measures.bezwaren
            when 'toeleiding_bezwaren_gegrond' then measures.bezwaren_gegrond
            when 'toeleiding_leeftijd_mediaan' then measures.met_leeftijd
        end as teller,
        case ids.indicator
            when 'toeleiding_binnen_termijn' then measures.besluiten
            when 'toeleiding_eenzijdig' then measures.eenzijdig_bekend
            when 'toeleiding_bezwaren_gegrond' then measures.bezwaren_beslist
        end as noemer,
        case ids.indicator
            when 'toeleiding_aanvragen' then measures.aanvragen
            when 'toeleiding_besluiten' then measures.besluiten
            when 'toeleiding_doorlooptijd_mediaan'
                then round(cast(measures.doorlooptijd_mediaan as decimal(38, 10)), 1)
            when 'toeleiding_binnen_termijn'
                then procent(measures.binnen_termijn, measures.besluiten)
            when 'toeleiding_eenzijdig'
                then procent(measures.eenzijdig, measures.eenzijdig_bekend)
            when 'toeleiding_bezwaren' then measures.bezwaren
            when 'toeleiding_bezwaren_gegrond'
                then procent(measures.bezwaren_gegrond, measures.bezwaren_beslist)
            when 'toeleiding_leeftijd_mediaan'
                then round(cast(measures.leeftijd_maanden_mediaan as decimal(38, 10)) / 12, 1)
        end as waarde
    from measures
    cross join (
        values
            ('toeleiding_aanvragen'),
            ('toeleiding_besluiten'),
            ('toeleiding_doorlooptijd_mediaan'),
            ('toeleiding_binnen_termijn'),
            ('toeleiding_eenzijdig'),
            ('toeleiding_bezwaren'),
            ('toeleiding_bezwaren_gegrond'),
            ('toeleiding_leeftijd_mediaan')
    ) as ids (indicator)
    union all
    select
        forecast.periode,
        forecast.niveau,
        forecast.gebied,
        forecast.uitsplitsing,
        'toeleiding_prognose_afwijking' as indicator,
        cast(forecast.werkelijk as decimal(38, 10)) as teller,
        cast(forecast.prognose as decimal(38, 10)) as noemer,
        cast(
            procent(cast(forecast.werkelijk - forecast.prognose as bigint), forecast.prognose)
            as decimal(38, 10)
        ) as waarde
    from forecast
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.periode as periode,
        per_indicator.niveau as niveau,
        per_indicator.gebied as gebied,
        cast(null as string) as gebied_naam,
        per_indicator.uitsplitsing as uitsplitsing,
        -- measures
        cast(per_indicator.teller as decimal(18, 4)) as teller,
        cast(per_indicator.noemer as decimal(18, 4)) as noemer,
        cast(per_indicator.waarde as decimal(18, 4)) as waarde
    from per_indicator
    -- by woongemeente only the counts of requests and decisions (the TLVs of a gemeente's residents)
    where per_indicator.niveau <> 'gemeente' or per_indicator.indicator in ('toeleiding_aanvragen', 'toeleiding_besluiten')
)

select * from final
