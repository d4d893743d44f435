-- The own SWV of this publication, for the dashboard (see int_swv__eigen_bepaald for the rule).
with eigen as (
    select * from int_swv__eigen_bepaald
),

final as (
    select
        -- ids
        eigen.swv_code as swv_code,
        -- attributes
        eigen.bepaald_uit as bepaald_uit
    from eigen
)

select * from final
