-- Every indicator row with its norm, its traffic-light status and the privacy flag. The formulas live
-- in the kpi_* models; this model only adds what the catalog says about them.
with kpi as (
    select * from kpi_rows
),

catalog as (
    select * from kpi_catalog
),

norms as (
    select * from kpi_catalog_norms
),

with_norm as (
    select
        kpi.*,
        catalog.richting,
        catalog.onderdruk_klein,
        catalog.drempel,
        norms.norm,
        norms.grens
    from kpi
    inner join catalog
        on kpi.indicator = catalog.indicator
    left join norms
        on
            kpi.indicator = norms.indicator
            and kpi.periode between norms.eerste_periode and norms.laatste_periode
),

final as (
    select
        -- ids
        with_norm.indicator,
        with_norm.periode,
        with_norm.niveau,
        with_norm.gebied,
        with_norm.gebied_naam,
        with_norm.uitsplitsing,
        -- measures
        with_norm.teller,
        with_norm.noemer,
        with_norm.waarde,
        with_norm.norm,
        -- judgement
        case
            when with_norm.waarde is null or with_norm.norm is null then null
            when with_norm.richting = 'lager_beter'
                then case
                    when with_norm.waarde <= with_norm.norm then 'groen'
                    when with_norm.grens is not null and with_norm.waarde <= with_norm.grens then 'oranje'
                    else 'rood'
                end
            when with_norm.richting = 'hoger_beter'
                then case
                    when with_norm.waarde >= with_norm.norm then 'groen'
                    when with_norm.grens is not null and with_norm.waarde >= with_norm.grens then 'oranje'
                    else 'rood'
                end
            when with_norm.richting = 'binnen_band'
                then case
                    when with_norm.waarde between with_norm.norm and with_norm.grens then 'groen'
                    else 'rood'
                end
        end as status,
        coalesce(
            with_norm.onderdruk_klein
            and (
                (with_norm.teller > 0 and with_norm.teller < with_norm.drempel)
                or (with_norm.noemer > 0 and with_norm.noemer < with_norm.drempel)
            ),
            false
        ) as onderdrukt
    from with_norm
)

select * from final
