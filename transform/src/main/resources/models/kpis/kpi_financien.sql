-- The finance family per kalenderjaar of the samenwerkingsverband, per type (begroting, raming,
-- realisatie) as uitsplitsing, plus a total row (uitsplitsing '') holding the best available type:
-- realisatie, else raming, else begroting.
--   baten, lasten      summed over all posts, whole euros (fct_financien_jaar)
--   resultaat          baten − lasten
--   reserve ultimo     reserve begin + resultaat. Reserve begin of a year is the reserve_begin the user
--                      gave for that year; for a year without one it is the ultimo of the previous year,
--                      chained with the best type's resultaat of every year since the last given reserve.
--                      A year without any finance figures breaks the chain (no value until the next given
--                      reserve). Per type: the same reserve begin + that type's resultaat.
--   signalering        reserve ultimo / signaleringswaarde of the year × 100, rounded half-up once to two
--                      decimals. The signaleringswaarde is the Inspectie's rule for SWVs: 0,035 × the gross
--                      baten of the year (of that type), at least € 250.000, in whole euros; a value the
--                      user gives in reserves overrides it.
with financien as (
    select * from fct_financien_jaar
),

reserves as (
    select * from fct_reserves_jaar
),

ranked as (
    select
        financien.swv_code,
        financien.jaar,
        financien.type,
        cast(financien.baten as decimal(18, 4)) as baten,
        cast(financien.lasten as decimal(18, 4)) as lasten,
        cast(financien.resultaat as decimal(18, 4)) as resultaat,
        row_number() over (
            partition by financien.swv_code, financien.jaar
            order by case financien.type when 'realisatie' then 1 when 'raming' then 2 else 3 end
        ) as voorkeur
    from financien
),

best as (
    select
        ranked.swv_code,
        ranked.jaar,
        ranked.type,
        ranked.baten,
        ranked.lasten,
        ranked.resultaat
    from ranked
    where ranked.voorkeur = 1
),

years as (
    select
        best.swv_code,
        best.jaar
    from best
    union
    select
        reserves.swv_code,
        reserves.jaar
    from reserves
),

chain_input as (
    select
        years.swv_code,
        years.jaar,
        best.resultaat as beste_resultaat,
        cast(reserves.reserve_begin as decimal(18, 4)) as reserve_gegeven,
        cast(reserves.signaleringswaarde as decimal(18, 4)) as signaleringswaarde
    from years
    left join best
        on years.swv_code = best.swv_code and years.jaar = best.jaar
    left join reserves
        on years.swv_code = reserves.swv_code and years.jaar = reserves.jaar
),

anchored as (
    select
        chain_input.*,
        max(case when chain_input.reserve_gegeven is not null then chain_input.jaar end) over (
            partition by chain_input.swv_code
            order by chain_input.jaar
            rows between unbounded preceding and current row
        ) as anker_jaar
    from chain_input
),

chained as (
    select
        anchored.swv_code,
        anchored.jaar,
        anchored.signaleringswaarde,
        anchored.anker_jaar,
        anker.reserve_gegeven as anker_reserve,
        coalesce(sum(tussen.beste_resultaat), 0) as tussen_resultaat,
        count(tussen.beste_resultaat) as tussen_jaren
    from anchored
    left join chain_input as anker
        on anchored.swv_code = anker.swv_code and anchored.anker_jaar = anker.jaar
    left join chain_input as tussen
        on
            anchored.swv_code = tussen.swv_code
            and tussen.jaar >= anchored.anker_jaar
            and tussen.jaar < anchored.jaar
    group by anchored.swv_code, anchored.jaar, anchored.signaleringswaarde, anchored.anker_jaar, anker.reserve_gegeven
),

reserve_begin as (
    select
        chained.swv_code,
        chained.jaar,
        chained.signaleringswaarde,
        case
            when chained.tussen_jaren = chained.jaar - chained.anker_jaar
                then chained.anker_reserve + chained.tussen_resultaat
        end as reserve_begin
    from chained
),

per_type as (
    select
        ranked.swv_code,
        ranked.jaar,
        ranked.type as uitsplitsing,
        ranked.baten,
        ranked.lasten,
        ranked.resultaat
    from ranked
    union all
    select
        best.swv_code,
        best.jaar,
        '' as uitsplitsing,
        best.baten,
        best.lasten,
        best.resultaat
    from best
),

with_reserve as (
    select
        per_type.*,
        reserve_begin.reserve_begin,
        coalesce(
            reserve_begin.signaleringswaarde,
            greatest(round(cast(per_type.baten as decimal(18, 4)) * 0.035, 0), cast(250000 as decimal(18, 4)))
        ) as signaleringswaarde,
        round(reserve_begin.reserve_begin + per_type.resultaat, 0) as reserve_ultimo
    from per_type
    left join reserve_begin
        on per_type.swv_code = reserve_begin.swv_code and per_type.jaar = reserve_begin.jaar
),

per_indicator as (
    select
        with_reserve.swv_code,
        with_reserve.jaar,
        with_reserve.uitsplitsing,
        ids.indicator,
        case ids.indicator
            when 'fin_reserve_ultimo' then with_reserve.reserve_begin
            when 'fin_reserve_signalering' then with_reserve.reserve_ultimo
        end as teller,
        case ids.indicator
            when 'fin_reserve_signalering' then with_reserve.signaleringswaarde
        end as noemer,
        case ids.indicator
            when 'fin_baten' then with_reserve.baten
            when 'fin_lasten' then with_reserve.lasten
            when 'fin_resultaat' then with_reserve.resultaat
            when 'fin_reserve_ultimo' then with_reserve.reserve_ultimo
            -- in cents, so the percentage is exact
            when 'fin_reserve_signalering'
                then procent(
                    cast(with_reserve.reserve_ultimo * 100 as bigint), cast(with_reserve.signaleringswaarde * 100 as bigint)
                )
        end as waarde
    from with_reserve
    cross join (
        values
            ('fin_baten'),
            ('fin_lasten'),
            ('fin_resultaat'),
            ('fin_reserve_ultimo'),
            ('fin_reserve_signalering')
    ) as ids (indicator)
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        cast(per_indicator.jaar as string) as periode,
        'swv' as niveau,
        per_indicator.swv_code as gebied,
        cast(null as string) as gebied_naam,
        per_indicator.uitsplitsing as uitsplitsing,
        -- measures: euros, or for signalering the percentage (teller reserve ultimo, noemer signaleringswaarde)
        cast(per_indicator.teller as decimal(18, 4)) as teller,
        cast(per_indicator.noemer as decimal(18, 4)) as noemer,
        cast(per_indicator.waarde as decimal(18, 4)) as waarde
    from per_indicator
)

select * from final
