-- The catalog's themes (`themas:` in kpi_catalog.yml) as the dashboard reads them: the title, the place in the
-- navigation, the question the page answers, the indicators the page shows and the headline ones of the overview.
with themas as (
    select * from kpi_catalog_themas
),

final as (
    select
        -- ids
        themas.thema,
        -- texts
        themas.titel,
        themas.intro,
        -- order and content
        themas.volgorde,
        themas.indicatoren,
        themas.kern
    from themas
)

select * from final
