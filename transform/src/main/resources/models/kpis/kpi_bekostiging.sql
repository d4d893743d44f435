-- The ondersteuningsbekostiging of a samenwerkingsverband per schooljaar, from DUO's counts on the
-- previous 1 October and the normbedragen of the schooljaar (dim_normbedrag, never literals):
--   lichte          = lichte_per_bao × BaO
--   normatief zwaar = zware_per_bao_sbo × (BaO + SBO)
--   SO-kosten       = Σ categorie 1-3 × (<8, ≥8): SO pupils × so_cat<c>_<lt8|ge8>
--   SBO-afdracht    = max(SBO − 2 % × (BaO + SBO), 0) × sbo_per_leerling (the excess is not rounded to
--                     whole pupils; 2 % is the legal threshold, not a normbedrag)
--   verevening      = vereveningsbedrag × verevening_pct / 100 (own SWV only; 0 when the pct is 0 or
--                     absent: the verevening ran from 2015-2016 to 2020-2021)
--   resterend       = normatief zwaar − SO-kosten − verevening
-- Every amount is rounded half-up to whole euros; resterend is computed from the rounded amounts so the
-- figures add up. A missing count or parameter gives no value (null), never 0.
-- Besides the schooljaar (periode 2015-2016), each amount per kalenderjaar (periode 2016), the way the
-- SWV's own begroting and jaarrekening count: 7/12 of schooljaar t-1/t (January to July) + 5/12 of
-- schooljaar t/t+1 (August to December), from the rounded schooljaar amounts, rounded half-up once;
-- resterend again from the rounded kalenderjaar amounts. A kalenderjaar is reported when both of its
-- schooljaren are; a missing half gives no value. teller is empty for a kalenderjaar.
with telling as (
    select * from fct_leerlingtelling_swv
),

so_leeftijd as (
    select * from fct_so_leeftijd_swv
),

normbedrag as (
    select * from dim_normbedrag
),

periode as (
    select * from dim_periode
),

swvs as (
    select distinct telling.swv_code
    from telling
),

-- the normbedragen of each SWV's schooljaar: its own row (the one with its verevening), else the lowest
-- SWV's (one row per schooljaar outside a national lake)
normbedrag_per_swv as (
    select
        swvs.swv_code,
        normbedrag.*,
        row_number() over (
            partition by swvs.swv_code, normbedrag.schooljaar
            order by
                case when normbedrag.verevening_swv_code = swvs.swv_code then 0 else 1 end,
                normbedrag.verevening_swv_code
        ) as rang
    from swvs
    cross join normbedrag
),

-- the schooljaren to report: each one funded by a count, and each one with normbedragen
spine as (
    select distinct
        telling.swv_code,
        periode.schooljaar
    from telling
    inner join periode
        on telling.schooljaar = periode.vorig_schooljaar
    union
    select
        swvs.swv_code,
        normbedrag.schooljaar
    from swvs
    cross join normbedrag
),

so_per_schooljaar as (
    select
        so_leeftijd.swv_code,
        so_leeftijd.schooljaar,
        sum(case when so_leeftijd.categorie = 1 then so_leeftijd.jonger_dan_8 else 0 end) as cat1_lt8,
        sum(case when so_leeftijd.categorie = 1 then so_leeftijd.acht_en_ouder else 0 end) as cat1_ge8,
        sum(case when so_leeftijd.categorie = 2 then so_leeftijd.jonger_dan_8 else 0 end) as cat2_lt8,
        sum(case when so_leeftijd.categorie = 2 then so_leeftijd.acht_en_ouder else 0 end) as cat2_ge8,
        sum(case when so_leeftijd.categorie = 3 then so_leeftijd.jonger_dan_8 else 0 end) as cat3_lt8,
        sum(case when so_leeftijd.categorie = 3 then so_leeftijd.acht_en_ouder else 0 end) as cat3_ge8
    from so_leeftijd
    group by so_leeftijd.swv_code, so_leeftijd.schooljaar
),

inputs as (
    select
        spine.swv_code,
        spine.schooljaar,
        cast(telling.bao as int) as bao,
        cast(telling.sbo as int) as sbo,
        cast(telling.bao + telling.sbo as int) as bao_sbo,
        -- SBO pupils above 2 % of BaO + SBO, not rounded to whole pupils (greatest() skips nulls: guard them)
        case
            when telling.sbo is not null
                then greatest(
                    cast(telling.sbo as decimal(18, 4)) - cast(telling.bao + telling.sbo as decimal(18, 4)) * 2 / 100,
                    cast(0 as decimal(18, 4))
                )
        end as sbo_boven_2pct,
        so_per_schooljaar.cat1_lt8 + so_per_schooljaar.cat1_ge8 + so_per_schooljaar.cat2_lt8
        + so_per_schooljaar.cat2_ge8 + so_per_schooljaar.cat3_lt8 + so_per_schooljaar.cat3_ge8 as so,
        cast(so_per_schooljaar.cat1_lt8 as decimal(18, 4)) * cast(normbedrag.so_cat1_lt8 as decimal(18, 4))
        + cast(so_per_schooljaar.cat1_ge8 as decimal(18, 4)) * cast(normbedrag.so_cat1_ge8 as decimal(18, 4))
        + cast(so_per_schooljaar.cat2_lt8 as decimal(18, 4)) * cast(normbedrag.so_cat2_lt8 as decimal(18, 4))
        + cast(so_per_schooljaar.cat2_ge8 as decimal(18, 4)) * cast(normbedrag.so_cat2_ge8 as decimal(18, 4))
        + cast(so_per_schooljaar.cat3_lt8 as decimal(18, 4)) * cast(normbedrag.so_cat3_lt8 as decimal(18, 4))
        + cast(so_per_schooljaar.cat3_ge8 as decimal(18, 4)) * cast(normbedrag.so_cat3_ge8 as decimal(18, 4))
        as so_kosten_exact,
        cast(normbedrag.lichte_per_bao as decimal(18, 4)) as lichte_per_bao,
        cast(normbedrag.zware_per_bao_sbo as decimal(18, 4)) as zware_per_bao_sbo,
        cast(normbedrag.sbo_per_leerling as decimal(18, 4)) as sbo_per_leerling,
        case
            when spine.swv_code = normbedrag.verevening_swv_code
                then cast(normbedrag.vereveningsbedrag as decimal(18, 4))
        end as vereveningsbedrag,
        cast(normbedrag.verevening_pct as decimal(18, 4)) as verevening_pct
    from spine
    inner join periode
        on spine.schooljaar = periode.schooljaar
    left join telling
        on
            spine.swv_code = telling.swv_code
            and periode.vorig_schooljaar = telling.schooljaar
    left join so_per_schooljaar
        on
            spine.swv_code = so_per_schooljaar.swv_code
            and periode.vorig_schooljaar = so_per_schooljaar.schooljaar
    left join normbedrag_per_swv as normbedrag
        on
            spine.swv_code = normbedrag.swv_code
            and spine.schooljaar = normbedrag.schooljaar
            and normbedrag.rang = 1
),

amounts as (
    select
        inputs.swv_code,
        inputs.schooljaar,
        inputs.bao,
        inputs.bao_sbo,
        inputs.so,
        inputs.vereveningsbedrag,
        inputs.sbo_boven_2pct,
        round(inputs.lichte_per_bao * inputs.bao, 0) as lichte,
        round(inputs.zware_per_bao_sbo * inputs.bao_sbo, 0) as normatief_zwaar,
        round(inputs.so_kosten_exact, 0) as so_kosten,
        round(inputs.sbo_boven_2pct * inputs.sbo_per_leerling, 0) as sbo_afdracht,
        case
            when coalesce(inputs.verevening_pct, 0) = 0 then cast(0 as decimal(18, 0))
            else round(inputs.vereveningsbedrag * inputs.verevening_pct / 100, 0)
        end as verevening
    from inputs
),

-- kalenderjaar t from schooljaar t-1/t (voor: 7/12) and t/t+1 (na: 5/12)
kalenderjaar_amounts as (
    select
        voor.swv_code,
        substr(voor.schooljaar, 6, 4) as kalenderjaar,
        round((7 * voor.lichte + 5 * na.lichte) / 12, 0) as lichte,
        round((7 * voor.normatief_zwaar + 5 * na.normatief_zwaar) / 12, 0) as normatief_zwaar,
        round((7 * voor.so_kosten + 5 * na.so_kosten) / 12, 0) as so_kosten,
        round((7 * voor.sbo_afdracht + 5 * na.sbo_afdracht) / 12, 0) as sbo_afdracht,
        round((7 * voor.verevening + 5 * na.verevening) / 12, 0) as verevening
    from amounts as voor
    inner join amounts as na
        on voor.swv_code = na.swv_code and substr(na.schooljaar, 1, 4) = substr(voor.schooljaar, 6, 4)
),

per_kalenderjaar as (
    select
        kalenderjaar_amounts.swv_code,
        kalenderjaar_amounts.kalenderjaar,
        ids.indicator,
        cast(null as decimal(18, 4)) as teller,
        case ids.indicator
            when 'bekostiging_lichte' then cast(kalenderjaar_amounts.lichte as decimal(18, 4))
            when 'bekostiging_normatief_zwaar' then cast(kalenderjaar_amounts.normatief_zwaar as decimal(18, 4))
            when 'bekostiging_so_kosten' then cast(kalenderjaar_amounts.so_kosten as decimal(18, 4))
            when 'bekostiging_sbo_afdracht' then cast(kalenderjaar_amounts.sbo_afdracht as decimal(18, 4))
            when 'bekostiging_verevening' then cast(kalenderjaar_amounts.verevening as decimal(18, 4))
            when 'bekostiging_resterend'
                then cast(
                    kalenderjaar_amounts.normatief_zwaar - kalenderjaar_amounts.so_kosten - kalenderjaar_amounts.verevening
                    as decimal(18, 4)
                )
        end as bedrag
    from kalenderjaar_amounts
    cross join (
        values
            ('bekostiging_lichte'),
            ('bekostiging_normatief_zwaar'),
            ('bekostiging_so_kosten'),
            ('bekostiging_sbo_afdracht'),
            ('bekostiging_verevening'),
            ('bekostiging_resterend')
    ) as ids (indicator)
),

per_indicator as (
    select
        amounts.swv_code,
        amounts.schooljaar,
        ids.indicator,
        case ids.indicator
            when 'bekostiging_lichte' then cast(amounts.bao as decimal(18, 4))
            when 'bekostiging_normatief_zwaar' then cast(amounts.bao_sbo as decimal(18, 4))
            when 'bekostiging_so_kosten' then cast(amounts.so as decimal(18, 4))
            when 'bekostiging_sbo_afdracht' then cast(amounts.sbo_boven_2pct as decimal(18, 4))
            when 'bekostiging_verevening' then cast(amounts.vereveningsbedrag as decimal(18, 4))
        end as teller,
        case ids.indicator
            when 'bekostiging_lichte' then cast(amounts.lichte as decimal(18, 4))
            when 'bekostiging_normatief_zwaar' then cast(amounts.normatief_zwaar as decimal(18, 4))
            when 'bekostiging_so_kosten' then cast(amounts.so_kosten as decimal(18, 4))
            when 'bekostiging_sbo_afdracht' then cast(amounts.sbo_afdracht as decimal(18, 4))
            when 'bekostiging_verevening' then cast(amounts.verevening as decimal(18, 4))
            when 'bekostiging_resterend'
                then cast(amounts.normatief_zwaar - amounts.so_kosten - amounts.verevening as decimal(18, 4))
        end as bedrag
    from amounts
    cross join (
        values
            ('bekostiging_lichte'),
            ('bekostiging_normatief_zwaar'),
            ('bekostiging_so_kosten'),
            ('bekostiging_sbo_afdracht'),
            ('bekostiging_verevening'),
            ('bekostiging_resterend')
    ) as ids (indicator)
    union all
    select
        per_kalenderjaar.swv_code,
        per_kalenderjaar.kalenderjaar as schooljaar,
        per_kalenderjaar.indicator,
        per_kalenderjaar.teller,
        per_kalenderjaar.bedrag
    from per_kalenderjaar
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.schooljaar as periode,
        'swv' as niveau,
        per_indicator.swv_code as gebied,
        cast(null as string) as gebied_naam,
        '' as uitsplitsing,
        -- measures: teller is the base of the amount (pupils, or the full vereveningsbedrag); waarde in euros
        per_indicator.teller as teller,
        cast(null as decimal(18, 4)) as noemer,
        per_indicator.bedrag as waarde
    from per_indicator
)

select * from final
