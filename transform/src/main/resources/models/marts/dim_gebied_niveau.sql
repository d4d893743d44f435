-- Every gebied of the gebieden file once per niveau (swv, stadsdeel, wijk, gemeente) with its name and the
-- gebieden it lies in: the one lookup of names and parents for the kpi models. An SWV is named by the
-- gebieden file's swv_naam when given, else by its code. An area split over SWVs by postcode (a gemeente,
-- now and then a stadsdeel) names the installation's own SWV as swv_code when it is one of them, else the
-- lowest code, so the own SWV's drill-down and scope find every area it has a part of.
with eigen as (
    select * from int_swv__eigen_bepaald
),

gebied as (
    select
        dim_gebied.*,
        eigen.swv_code is not null as is_eigen
    from dim_gebied
    left join eigen
        on dim_gebied.swv_code = eigen.swv_code
),

final as (
    select
        -- ids
        'swv' as niveau,
        gebied.swv_code as gebied,
        -- attributes
        coalesce(max(gebied.swv_naam), gebied.swv_code) as naam,
        cast(null as string) as gemeente_code,
        cast(null as string) as stadsdeel_code,
        gebied.swv_code as swv_code
    from gebied
    where gebied.swv_code is not null
    group by gebied.swv_code
    union all
    select
        'stadsdeel' as niveau,
        gebied.stadsdeel_code as gebied,
        max(gebied.stadsdeel_naam) as naam,
        min(gebied.gemeente_code) as gemeente_code,
        cast(null as string) as stadsdeel_code,
        coalesce(max(case when gebied.is_eigen then gebied.swv_code end), min(gebied.swv_code)) as swv_code
    from gebied
    where gebied.stadsdeel_code is not null
    group by gebied.stadsdeel_code
    union all
    select
        'wijk' as niveau,
        gebied.wijk_code as gebied,
        max(gebied.wijk_naam) as naam,
        min(gebied.gemeente_code) as gemeente_code,
        min(gebied.stadsdeel_code) as stadsdeel_code,
        coalesce(max(case when gebied.is_eigen then gebied.swv_code end), min(gebied.swv_code)) as swv_code
    from gebied
    where gebied.wijk_code is not null
    group by gebied.wijk_code
    union all
    select
        'gemeente' as niveau,
        gebied.gemeente_code as gebied,
        max(gebied.gemeente_naam) as naam,
        gebied.gemeente_code as gemeente_code,
        cast(null as string) as stadsdeel_code,
        coalesce(max(case when gebied.is_eigen then gebied.swv_code end), min(gebied.swv_code)) as swv_code
    from gebied
    group by gebied.gemeente_code
)

select * from final
