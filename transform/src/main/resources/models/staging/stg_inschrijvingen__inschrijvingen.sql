-- Enrolments of pseudonymised pupils at vestigingen; the home postcode is kept as postcode-4 only.
with source as (
    select * from raw_inschrijvingen
),

final as (
    select
        -- ids
        source.leerling_id as leerling_id,
        upper(trim(source.vestiging)) as vestiging,
        -- attributes
        source.geboortejaar as geboortejaar,
        source.geboortemaand as geboortemaand,
        substr(regexp_replace(upper(source.postcode4), '[^0-9A-Z]', ''), 1, 4) as postcode4,
        source.reden_uitschrijving as reden_uitschrijving,
        -- period
        source.begindatum as begindatum,
        source.einddatum as einddatum,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
