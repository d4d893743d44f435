-- The area hierarchy the dashboard's scope needs: per level and area, the areas it lies in (wijk ->
-- stadsdeel -> gemeente -> SWV; vestiging -> wijk, stadsdeel, gemeente, bestuur). A gemeente account sees
-- the areas whose gemeente_code is its own, a bestuur account those whose bestuur_code is its own.
-- Vestigingen are placed by their current register version (dim_vestiging.is_current).
with gebied_niveau as (
    select * from dim_gebied_niveau
),

vestiging as (
    select * from dim_vestiging
    where dim_vestiging.is_current
),

bestuur as (
    select * from dim_bestuur
),

-- swv, stadsdeel, wijk and gemeente with their parents as dim_gebied_niveau rolls them up
areas as (
    select
        gebied_niveau.niveau,
        gebied_niveau.gebied,
        gebied_niveau.naam as gebied_naam,
        case when gebied_niveau.niveau = 'wijk' then gebied_niveau.gebied end as wijk_code,
        case
            when gebied_niveau.niveau = 'stadsdeel' then gebied_niveau.gebied
            else gebied_niveau.stadsdeel_code
        end as stadsdeel_code,
        gebied_niveau.gemeente_code,
        cast(null as string) as bestuur_code,
        gebied_niveau.swv_code
    from gebied_niveau
    union all
    select
        'bestuur' as niveau,
        cast(bestuur.bevoegd_gezag_nr as string),
        bestuur.bevoegd_gezag_naam,
        cast(null as string),
        cast(null as string),
        cast(null as string),
        cast(bestuur.bevoegd_gezag_nr as string),
        cast(null as string)
    from bestuur
    union all
    select
        'vestiging' as niveau,
        vestiging.vestiging,
        vestiging.naam,
        vestiging.wijk_code,
        vestiging.stadsdeel_code,
        vestiging.gemeente_code,
        cast(vestiging.bevoegd_gezag_nr as string),
        vestiging.swv_code
    from vestiging
),

final as (
    select
        -- ids
        cast(areas.niveau as string) as niveau,
        cast(areas.gebied as string) as gebied,
        -- attributes
        cast(areas.gebied_naam as string) as gebied_naam,
        -- the areas it lies in (null where a level does not apply or is unknown)
        cast(areas.wijk_code as string) as wijk_code,
        cast(areas.stadsdeel_code as string) as stadsdeel_code,
        cast(areas.gemeente_code as string) as gemeente_code,
        cast(areas.bestuur_code as string) as bestuur_code,
        cast(areas.swv_code as string) as swv_code
    from areas
    where areas.gebied is not null
)

select * from final
