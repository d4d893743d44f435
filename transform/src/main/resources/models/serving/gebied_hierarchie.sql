-- The area hierarchy the dashboard's scope needs: per level and area, the areas it lies in (wijk ->
-- stadsdeel -> gemeente -> SWV; vestiging -> wijk, stadsdeel, gemeente, bestuur). A gemeente account sees
-- the areas whose gemeente_code is its own, a bestuur account those whose bestuur_code is its own.
-- Vestigingen are placed by their current register version (dim_vestiging.is_current).
with gebied as (
    select * from dim_gebied
),

vestiging as (
    select * from dim_vestiging
    where dim_vestiging.is_current
),

bestuur as (
    select * from dim_bestuur
),

wijken as (
    select
        gebied.wijk_code,
        max(gebied.wijk_naam) as wijk_naam,
        max(gebied.stadsdeel_code) as stadsdeel_code,
        max(gebied.gemeente_code) as gemeente_code,
        max(gebied.swv_code) as swv_code
    from gebied
    where gebied.wijk_code is not null
    group by gebied.wijk_code
),

stadsdelen as (
    select
        gebied.stadsdeel_code,
        max(gebied.stadsdeel_naam) as stadsdeel_naam,
        max(gebied.gemeente_code) as gemeente_code,
        max(gebied.swv_code) as swv_code
    from gebied
    where gebied.stadsdeel_code is not null
    group by gebied.stadsdeel_code
),

gemeenten as (
    select
        gebied.gemeente_code,
        max(gebied.gemeente_naam) as gemeente_naam,
        max(gebied.swv_code) as swv_code
    from gebied
    group by gebied.gemeente_code
),

areas as (
    select
        'swv' as niveau,
        gebied.swv_code as gebied,
        gebied.swv_code as gebied_naam,
        cast(null as string) as wijk_code,
        cast(null as string) as stadsdeel_code,
        cast(null as string) as gemeente_code,
        cast(null as string) as bestuur_code,
        gebied.swv_code as swv_code
    from gebied
    group by gebied.swv_code
    union all
    select
        'stadsdeel' as niveau,
        stadsdelen.stadsdeel_code,
        stadsdelen.stadsdeel_naam,
        cast(null as string),
        stadsdelen.stadsdeel_code,
        stadsdelen.gemeente_code,
        cast(null as string),
        stadsdelen.swv_code
    from stadsdelen
    union all
    select
        'wijk' as niveau,
        wijken.wijk_code,
        wijken.wijk_naam,
        wijken.wijk_code,
        wijken.stadsdeel_code,
        wijken.gemeente_code,
        cast(null as string),
        wijken.swv_code
    from wijken
    union all
    select
        'gemeente' as niveau,
        gemeenten.gemeente_code,
        gemeenten.gemeente_naam,
        cast(null as string),
        cast(null as string),
        gemeenten.gemeente_code,
        cast(null as string),
        gemeenten.swv_code
    from gemeenten
    union all
    select
        'bestuur' as niveau,
        bestuur.bevoegd_gezag_nr,
        bestuur.bevoegd_gezag_naam,
        cast(null as string),
        cast(null as string),
        cast(null as string),
        bestuur.bevoegd_gezag_nr,
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
        vestiging.bevoegd_gezag_nr,
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
