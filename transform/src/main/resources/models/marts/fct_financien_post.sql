-- Begroting and realisatie of the samenwerkingsverband per kalenderjaar, soort (baten, lasten), post and
-- programma, side by side. Like fct_financien_jaar the lines belong to the delivering SWV, else the own SWV.
-- programma is '' for lines without one.
with regels as (
    select * from stg_financien__regels
),

eigen_swv as (
    select * from int_swv__eigen_bepaald
),

final as (
    select
        -- ids
        coalesce(regels.aanlever_swv_code, eigen_swv.swv_code) as swv_code,
        regels.jaar as jaar,
        regels.soort as soort,
        regels.post as post,
        coalesce(regels.programma, '') as programma,
        -- measures: euros, null when the type is not in the file for this post
        sum(case when regels.type = 'begroting' then regels.bedrag end) as begroting,
        sum(case when regels.type = 'realisatie' then regels.bedrag end) as realisatie
    from regels
    inner join eigen_swv
        on true
    group by coalesce(regels.aanlever_swv_code, eigen_swv.swv_code), regels.jaar, regels.soort, regels.post, coalesce(regels.programma, '')
)

select * from final
