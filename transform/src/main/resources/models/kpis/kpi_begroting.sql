-- Begroting against realisatie per kalenderjaar (fin_begroting_realisatie): teller = realisatie − begroting
-- in whole euros, noemer = begroting, waarde = (realisatie − begroting) / begroting × 100, rounded half-up
-- (away from zero) once to two decimals from the exact amounts in cents. Breakdowns (uitsplitsing):
--   ''                       all lasten (spending against the budget: the headline figure)
--   'baten'                  all baten
--   'lasten: <post>'         one post of the lasten; 'baten: <post>' one post of the baten
--   'programma: <programma>' the lasten of one programma
-- A breakdown without a begroting or without a realisatie in the year has no waarde.
with posten as (
    select * from fct_financien_post
),

per_uitsplitsing as (
    select
        posten.swv_code,
        posten.jaar,
        case when posten.soort = 'lasten' then '' else 'baten' end as uitsplitsing,
        sum(posten.begroting) as begroting,
        sum(posten.realisatie) as realisatie
    from posten
    group by posten.swv_code, posten.jaar, posten.soort
    union all
    select
        posten.swv_code,
        posten.jaar,
        concat(posten.soort, ': ', posten.post) as uitsplitsing,
        sum(posten.begroting) as begroting,
        sum(posten.realisatie) as realisatie
    from posten
    group by posten.swv_code, posten.jaar, posten.soort, posten.post
    union all
    select
        posten.swv_code,
        posten.jaar,
        concat('programma: ', posten.programma) as uitsplitsing,
        sum(posten.begroting) as begroting,
        sum(posten.realisatie) as realisatie
    from posten
    where posten.soort = 'lasten' and posten.programma <> ''
    group by posten.swv_code, posten.jaar, posten.programma
),

in_centen as (
    select
        per_uitsplitsing.*,
        cast(round(per_uitsplitsing.begroting * 100, 0) as bigint) as begroting_centen,
        cast(round((per_uitsplitsing.realisatie - per_uitsplitsing.begroting) * 100, 0) as bigint) as verschil_centen
    from per_uitsplitsing
),

final as (
    select
        -- ids
        'fin_begroting_realisatie' as indicator,
        cast(in_centen.jaar as string) as periode,
        'swv' as niveau,
        in_centen.swv_code as gebied,
        cast(null as string) as gebied_naam,
        in_centen.uitsplitsing as uitsplitsing,
        -- measures: euros; waarde in percent of the begroting
        cast(round(in_centen.realisatie - in_centen.begroting, 0) as decimal(18, 4)) as teller,
        cast(round(in_centen.begroting, 0) as decimal(18, 4)) as noemer,
        cast(
            case
                when in_centen.begroting_centen > 0
                    then procent(in_centen.verschil_centen, in_centen.begroting_centen)
            end
            as decimal(18, 4)
        ) as waarde
    from in_centen
)

select * from final
