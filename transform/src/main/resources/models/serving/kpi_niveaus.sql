-- The catalog's levels (`niveaus:` in kpi_catalog.yml): the Dutch name and the order pages offer them in.
with niveaus as (
    select * from kpi_catalog_niveaus
),

final as (
    select
        -- ids
        niveaus.niveau,
        -- texts
        niveaus.naam,
        -- order
        niveaus.volgorde
    from niveaus
)

select * from final
