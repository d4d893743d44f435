-- The Kaplan-Meier estimate of placement duration in S(B)O as known on the peildatum (1 February) of each
-- schooljaar, per soort of the first TLV and in total (uitsplitsing ''). Every placement that started on or
-- before the peildatum is observed: it has an event on the day it ended if that was on or before the
-- peildatum; otherwise it is censored at the peildatum, or earlier at the last day a TLV is known to cover.
-- Durations count the days of the placement, first and last day included.
-- S(t) = product over event days t_i <= t of (1 - d_i / n_i); n_i = placements still observed at day t_i
-- (censored at t_i included: events come before censoring on the same day).
with placements as (
    select * from fct_plaatsing
),

tlvs as (
    select * from fct_tlv
),

periods as (
    select * from dim_periode
),

horizon as (
    select max(tlvs.besluit_schooljaar) as laatste_schooljaar
    from tlvs
),

observations as (
    select
        periods.schooljaar as periode,
        placements.swv_code,
        placements.soort,
        placements.is_beeindigd and placements.einddatum <= periods.peildatum as is_event,
        datediff(
            case
                when placements.is_beeindigd and placements.einddatum <= periods.peildatum then placements.einddatum
                else least(periods.peildatum, placements.laatste_einddatum)
            end,
            placements.startdatum
        ) + 1 as dag
    from placements
    inner join periods
        on placements.startdatum <= periods.peildatum
    cross join horizon
    where periods.schooljaar <= horizon.laatste_schooljaar
),

per_breakdown as (
    select
        observations.periode,
        observations.swv_code,
        breakdown.uitsplitsing,
        observations.is_event,
        observations.dag
    from observations
    lateral view explode(array('', observations.soort)) breakdown as uitsplitsing
),

per_day as (
    select
        per_breakdown.periode,
        per_breakdown.swv_code,
        per_breakdown.uitsplitsing,
        per_breakdown.dag,
        cast(count_if(per_breakdown.is_event) as int) as events,
        cast(count_if(not per_breakdown.is_event) as int) as censored
    from per_breakdown
    group by per_breakdown.periode, per_breakdown.swv_code, per_breakdown.uitsplitsing, per_breakdown.dag
),

at_risk as (
    select
        per_day.*,
        cast(sum(per_day.events + per_day.censored) over (
            partition by per_day.periode, per_day.swv_code, per_day.uitsplitsing
        ) as int) as plaatsingen,
        cast(sum(per_day.events + per_day.censored) over (
            partition by per_day.periode, per_day.swv_code, per_day.uitsplitsing
            order by per_day.dag
            rows between current row and unbounded following
        ) as int) as at_risk
    from per_day
),

-- the running product as exp(sum(ln(factor))); a factor of 0 (everyone left) makes S 0 from then on
factors as (
    select
        at_risk.*,
        1.0d - cast(at_risk.events as double) / at_risk.at_risk as factor
    from at_risk
),

running as (
    select
        factors.*,
        sum(case when factors.factor = 0 then 1 else 0 end) over (
            partition by factors.periode, factors.swv_code, factors.uitsplitsing
            order by factors.dag
            rows between unbounded preceding and current row
        ) as zero_factors,
        sum(case when factors.factor > 0 then ln(factors.factor) else 0.0d end) over (
            partition by factors.periode, factors.swv_code, factors.uitsplitsing
            order by factors.dag
            rows between unbounded preceding and current row
        ) as log_survival
    from factors
),

final as (
    select
        -- ids
        running.periode as periode,
        running.swv_code as swv_code,
        running.uitsplitsing as uitsplitsing,
        running.dag as dag,
        -- measures
        running.plaatsingen as plaatsingen,
        running.at_risk as at_risk,
        running.events as events,
        running.censored as censored,
        round(case when running.zero_factors > 0 then 0.0d else exp(running.log_survival) end, 10) as survival
    from running
)

select * from final
