-- Pseudonymous pupils: birth year and month and the home of their most recent enrolment. Nothing here
-- identifies a child; the key is the keyed hash made at ingest.
with inschrijvingen as (
    select * from stg_inschrijvingen__inschrijvingen
),

gebied as (
    select * from dim_gebied
),

latest as (
    select
        inschrijvingen.*,
        row_number() over (
            partition by inschrijvingen.leerling_id
            order by inschrijvingen.begindatum desc, inschrijvingen.vestiging
        ) as rang
    from inschrijvingen
),

final as (
    select
        -- ids
        latest.leerling_id as leerling_id,
        -- attributes
        latest.geboortejaar as geboortejaar,
        latest.geboortemaand as geboortemaand,
        latest.postcode4 as postcode4,
        gebied.wijk_code as wijk_code,
        gebied.stadsdeel_code as stadsdeel_code,
        gebied.gemeente_code as gemeente_code,
        gebied.swv_code as swv_code
    from latest
    left join gebied
        on latest.postcode4 = gebied.postcode4
    where latest.rang = 1
)

select * from final
