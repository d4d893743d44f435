with catalog as (
    select * from kpi_catalog
),

final as (
    select
        catalog.indicator,
        catalog.naam,
        catalog.definitie,
        catalog.eenheid,
        catalog.decimalen,
        catalog.richting,
        catalog.thema,
        catalog.niveaus,
        catalog.bronnen,
        catalog.model
    from catalog
)

select * from final
