-- Every row of the school register placed in its SWV, wijk and stadsdeel. The postcode decides the SWV
-- (postcode-6, else postcode-4, else the whole-gemeente row of gebieden); the register's own wijk_code,
-- else the postcode's wijk, decides wijk and stadsdeel. Where a gemeente has no stadsdelen the gemeente
-- stands in for the stadsdeel (is_stadsdeel false), so every vestiging has one.
with scholen as (
    select * from stg_scholen__thz
),

gebieden as (
    select * from stg_gebieden__thz
),

by_postcode as (
    select
        gebieden.postcode,
        max(gebieden.swv_code) as swv_code,
        max(gebieden.wijk_code) as wijk_code
    from gebieden
    where gebieden.postcode is not null
    group by gebieden.postcode
),

by_gemeente as (
    select
        gebieden.gemeente_code,
        max(gebieden.gemeente_naam) as gemeente_naam,
        max(case when gebieden.postcode is null then gebieden.swv_code end) as swv_code
    from gebieden
    group by gebieden.gemeente_code
),

by_wijk as (
    select
        gebieden.wijk_code,
        max(gebieden.swv_code) as swv_code,
        max(gebieden.stadsdeel_code) as stadsdeel_code,
        max(gebieden.stadsdeel_naam) as stadsdeel_naam
    from gebieden
    where gebieden.wijk_code is not null
    group by gebieden.wijk_code
),

placed as (
    select
        scholen.*,
        coalesce(pc6.swv_code, pc4.swv_code, by_gemeente.swv_code) as swv_code_postcode,
        coalesce(scholen.wijk_code, pc6.wijk_code, pc4.wijk_code) as wijk_code_placed,
        by_gemeente.gemeente_naam
    from scholen
    left join by_postcode as pc6
        on scholen.postcode = pc6.postcode
    left join by_postcode as pc4
        on left(scholen.postcode, 4) = pc4.postcode
    left join by_gemeente
        on scholen.gemeente_code = by_gemeente.gemeente_code
),

final as (
    select
        -- ids
        placed.vestiging as vestiging,
        placed.geldig_vanaf as geldig_vanaf,
        -- attributes
        placed.naam as naam,
        placed.soort as soort,
        placed.bevoegd_gezag_nr as bevoegd_gezag_nr,
        placed.bevoegd_gezag_naam as bevoegd_gezag_naam,
        placed.gemeente_code as gemeente_code,
        placed.gemeente_naam as gemeente_naam,
        coalesce(placed.swv_code_postcode, by_wijk.swv_code) as swv_code,
        placed.wijk_code_placed as wijk_code,
        coalesce(by_wijk.stadsdeel_code, placed.gemeente_code) as stadsdeel_code,
        coalesce(by_wijk.stadsdeel_naam, placed.gemeente_naam) as stadsdeel_naam,
        by_wijk.stadsdeel_code is not null as is_stadsdeel,
        -- validity
        placed.geldig_tot as geldig_tot
    from placed
    left join by_wijk
        on placed.wijk_code_placed = by_wijk.wijk_code
)

select * from final
