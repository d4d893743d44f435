-- The reserve on 1 January and the signaleringswaarde per kalenderjaar, attributed to the SWV that delivered
-- the file (a national inbox), else to the installation's own samenwerkingsverband (the file carries no SWV code).
with reserves as (
    select * from stg_reserves__jaren
),

eigen_swv as (
    select * from int_swv__eigen_bepaald
),

final as (
    select
        -- ids
        coalesce(reserves.aanlever_swv_code, eigen_swv.swv_code) as swv_code,
        reserves.jaar as jaar,
        -- measures: euros
        reserves.reserve_begin as reserve_begin,
        reserves.signaleringswaarde as signaleringswaarde
    from reserves
    inner join eigen_swv
        on true
)

select * from final
