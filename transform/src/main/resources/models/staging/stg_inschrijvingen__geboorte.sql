-- Birth year and month per pupil (ingest keeps no exact birth date), from the pupil's newest enrolment.
with source as (
    select * from raw_inschrijvingen
),

per_pupil as (
    select
        source.leerling_id,
        max_by(
            struct(source.geboortejaar as geboortejaar, source.geboortemaand as geboortemaand),
            struct(source.begindatum, source._rij)
        ) as geboorte
    from source
    where source.leerling_id is not null and source.geboortejaar is not null
    group by source.leerling_id
),

final as (
    select
        -- ids
        per_pupil.leerling_id as leerling_id,
        -- attributes
        per_pupil.geboorte.geboortejaar as geboortejaar,
        per_pupil.geboorte.geboortemaand as geboortemaand
    from per_pupil
)

select * from final
