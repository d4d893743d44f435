-- The privacy settings of the catalog per indicator, for the dashboard's one privacy layer
-- (dashboard/.../toegang): whether its cells count pupils, the threshold, and the group of indicators whose
-- tellers together make up one noemer (so a hidden share cannot be worked back from the others).
with catalog as (
    select * from kpi_catalog
),

final as (
    select
        -- ids
        catalog.indicator,
        -- the rule
        catalog.onderdruk_klein,
        catalog.drempel,
        catalog.geheel
    from catalog
)

select * from final
