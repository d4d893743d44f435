-- Baten and lasten of the samenwerkingsverband per kalenderjaar and type (begroting, raming, realisatie),
-- summed over all posts, in whole euros. The finance files carry no SWV code: they belong to the SWV that
-- delivered them (its folder of a national inbox), else to the installation's own SWV (int_swv__eigen_bepaald).
with regels as (
    select * from stg_financien__regels
),

eigen_swv as (
    select * from int_swv__eigen_bepaald
),

per_jaar as (
    select
        coalesce(regels.aanlever_swv_code, eigen_swv.swv_code) as swv_code,
        regels.jaar,
        regels.type,
        sum(case when regels.soort = 'baten' then regels.bedrag else 0 end) as baten,
        sum(case when regels.soort = 'lasten' then regels.bedrag else 0 end) as lasten,
        count(*) as regels,
        count(distinct regels.versie) as versies
    from regels
    inner join eigen_swv
        on true
    group by coalesce(regels.aanlever_swv_code, eigen_swv.swv_code), regels.jaar, regels.type
),

final as (
    select
        -- ids
        per_jaar.swv_code as swv_code,
        per_jaar.jaar as jaar,
        per_jaar.type as type,
        -- measures: whole euros, rounded half-up; resultaat from the rounded figures so they add up
        cast(round(per_jaar.baten, 0) as decimal(18, 0)) as baten,
        cast(round(per_jaar.lasten, 0) as decimal(18, 0)) as lasten,
        cast(round(per_jaar.baten, 0) - round(per_jaar.lasten, 0) as decimal(18, 0)) as resultaat,
        -- attributes
        per_jaar.regels as regels,
        per_jaar.versies as versies
    from per_jaar
)

select * from final
