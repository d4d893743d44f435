-- The samenwerkingsverband this installation belongs to: the files financien, reserves and the
-- vereveningsbedrag carry no SWV code, so they are attributed to it. It is the SWV with the most rows in
-- the user's own region file (gebieden; ties: the lowest code); without a gebieden file, the SWV of DUO's
-- counts if there is exactly one.
with gebieden as (
    select * from stg_gebieden__swv_codes
),

telling as (
    select * from stg_duo__leerlingen_swv
),

by_gebieden as (
    select
        gebieden.swv_code,
        count(*) as rijen
    from gebieden
    group by gebieden.swv_code
),

ranked as (
    select
        by_gebieden.swv_code,
        row_number() over (order by by_gebieden.rijen desc, by_gebieden.swv_code asc) as rang
    from by_gebieden
),

from_gebieden as (
    select
        ranked.swv_code,
        'gebieden' as bepaald_uit
    from ranked
    where ranked.rang = 1
),

from_telling as (
    select
        max(telling.swv_code) as swv_code,
        'duo_leerlingen_swv' as bepaald_uit
    from telling
    having count(distinct telling.swv_code) = 1
),

final as (
    select
        -- ids
        from_gebieden.swv_code as swv_code,
        -- attributes
        from_gebieden.bepaald_uit as bepaald_uit
    from from_gebieden
    union all
    select
        from_telling.swv_code as swv_code,
        from_telling.bepaald_uit as bepaald_uit
    from from_telling
    left anti join from_gebieden
        on true
)

select * from final
