-- Enrolments with the pupil's home placed in the area hierarchy. The school side is date-dependent
-- (dim_vestiging is SCD2), so consumers join dim_vestiging on the date they look at.
with inschrijvingen as (
    select * from stg_inschrijvingen__inschrijvingen
),

gebied as (
    select * from dim_gebied where not is_hele_gemeente
),

final as (
    select
        -- ids
        inschrijvingen.leerling_id as leerling_id,
        inschrijvingen.vestiging as vestiging,
        inschrijvingen.begindatum as begindatum,
        -- home
        inschrijvingen.postcode4 as woon_postcode4,
        gebied.wijk_code as woon_wijk_code,
        gebied.stadsdeel_code as woon_stadsdeel_code,
        gebied.gemeente_code as woon_gemeente_code,
        gebied.swv_code as woon_swv_code,
        gebied.latitude as woon_latitude,
        gebied.longitude as woon_longitude,
        -- attributes
        inschrijvingen.reden_uitschrijving as reden_uitschrijving,
        -- period
        inschrijvingen.einddatum as einddatum
    from inschrijvingen
    left join gebied
        on inschrijvingen.postcode4 = gebied.postcode4
)

select * from final
