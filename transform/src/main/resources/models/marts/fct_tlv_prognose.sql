-- The SWV's forecast of new TLVs next to the actual number per schooljaar and soort. Actual: granted TLVs
-- that start a new referral (not a follow-up request of a pupil already placed), by schooljaar of the
-- decision. Only schooljaren the SWV's TLV file covers are compared. A forecast belongs to the SWV that
-- delivered it (a national inbox), else to the installation's own SWV.
with prognoses as (
    select * from stg_prognoses__prognoses
),

tlvs as (
    select * from fct_tlv
),

bounds as (
    select * from dim_tlv_bereik
),

eigen_swv as (
    select * from int_swv__eigen_bepaald
),

-- a forecast for the whole SWV wins over forecasts per bestuur for the same schooljaar and soort
forecast as (
    select
        coalesce(prognoses.aanlever_swv_code, eigen_swv.swv_code) as swv_code,
        prognoses.schooljaar,
        prognoses.soort,
        coalesce(
            sum(case when prognoses.bevoegd_gezag_nr is null then prognoses.aantal end),
            sum(prognoses.aantal)
        ) as prognose
    from prognoses
    cross join eigen_swv
    group by coalesce(prognoses.aanlever_swv_code, eigen_swv.swv_code), prognoses.schooljaar, prognoses.soort
),

actual as (
    select
        tlvs.swv_code,
        tlvs.besluit_schooljaar as schooljaar,
        tlvs.soort,
        count(*) as werkelijk
    from tlvs
    where tlvs.is_toegekend and not tlvs.is_vervolgaanvraag
    group by tlvs.swv_code, tlvs.besluit_schooljaar, tlvs.soort
),

final as (
    select
        -- ids
        forecast.schooljaar as schooljaar,
        forecast.swv_code as swv_code,
        forecast.soort as soort,
        -- measures
        cast(forecast.prognose as int) as prognose,
        cast(coalesce(actual.werkelijk, 0) as int) as werkelijk
    from forecast
    inner join bounds
        on forecast.swv_code = bounds.swv_code
    left join actual
        on
            forecast.swv_code = actual.swv_code
            and forecast.schooljaar = actual.schooljaar
            and forecast.soort = actual.soort
    where forecast.schooljaar between bounds.eerste_schooljaar and bounds.laatste_schooljaar
)

select * from final
