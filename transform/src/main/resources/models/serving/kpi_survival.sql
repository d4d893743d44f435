-- The Kaplan-Meier curves of placement duration for the tijdelijkheid chart: per schooljaar (observed on
-- its peildatum) and soort ('' for all placements). Curves of fewer than 5 placements are flagged so that
-- roles that see aggregates get no curve that could single out a child.
with survival as (
    select * from fct_plaatsing_survival
),

final as (
    select
        -- ids
        survival.periode as periode,
        'swv' as niveau,
        survival.swv_code as gebied,
        survival.uitsplitsing as uitsplitsing,
        survival.dag as dag,
        -- measures
        survival.plaatsingen as plaatsingen,
        survival.at_risk as at_risk,
        survival.events as events,
        survival.censored as censored,
        cast(survival.survival as decimal(18, 4)) as survival,
        survival.plaatsingen < 5 as onderdrukt
    from survival
)

select * from final
