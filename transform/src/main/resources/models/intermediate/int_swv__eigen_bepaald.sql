-- The samenwerkingsverband this installation belongs to: the files financien, reserves, tlv and the
-- vereveningsbedrag carry no SWV code, so they are attributed to it, unless a national inbox names the SWV
-- that delivered them (the bronze lineage _swv, which then wins: coalesce in the models). In order: the SWV the user set
-- (`dekkend run --swv`, remembered in the home: the view instelling_eigen_swv); else the SWV with the most
-- rows in the user's own region file (gebieden; ties: the lowest code); else the SWV of DUO's counts if
-- there is exactly one; else 'onbekend', so a loaded file still yields figures (for an SWV with an unknown
-- code) and Datakwaliteit can say what is missing. Always exactly one row.
with instelling as (
    select * from instelling_eigen_swv
),

gebieden as (
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

kandidaten as (
    select
        max(instelling.swv_code) as swv_code,
        'instelling' as bepaald_uit,
        1 as voorrang
    from instelling
    having count(*) > 0
    union all
    select
        ranked.swv_code,
        'gebieden' as bepaald_uit,
        2 as voorrang
    from ranked
    where ranked.rang = 1
    union all
    select
        max(telling.swv_code) as swv_code,
        'duo_leerlingen_swv' as bepaald_uit,
        3 as voorrang
    from telling
    having count(distinct telling.swv_code) = 1
    union all
    select
        'onbekend' as swv_code,
        'onbekend' as bepaald_uit,
        4 as voorrang
),

final as (
    select
        -- ids
        min_by(kandidaten.swv_code, kandidaten.voorrang) as swv_code,
        -- attributes
        min_by(kandidaten.bepaald_uit, kandidaten.voorrang) as bepaald_uit
    from kandidaten
)

select * from final
