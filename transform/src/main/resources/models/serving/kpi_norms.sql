with norms as (
    select * from kpi_catalog_norms
),

final as (
    select
        norms.indicator,
        norms.planperiode,
        norms.eerste_periode,
        norms.laatste_periode,
        norms.norm,
        norms.grens,
        norms.plan
    from norms
)

select * from final
