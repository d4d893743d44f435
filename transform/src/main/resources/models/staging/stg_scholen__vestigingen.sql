-- The SWV's school register with history: one row per vestiging per version (begindatum); a bestuur
-- change gives a new row, a closure sets einddatum on the last one.
with source as (
    select * from raw_scholen
),

final as (
    select
        -- ids
        upper(trim(source.vestiging)) as vestiging,
        trim(source.bevoegd_gezag_nr) as bevoegd_gezag_nr,
        source.gemeente_code as gemeente_code,
        nullif(upper(trim(source.wijk_code)), '') as wijk_code,
        -- attributes
        trim(source.naam) as naam,
        upper(trim(source.soort)) as soort,
        trim(source.bevoegd_gezag_naam) as bevoegd_gezag_naam,
        regexp_replace(upper(source.postcode), '[^0-9A-Z]', '') as postcode,
        substr(regexp_replace(upper(source.postcode), '[^0-9A-Z]', ''), 1, 4) as postcode4,
        trim(source.plaats) as plaats,
        source.latitude as latitude,
        source.longitude as longitude,
        -- validity
        source.begindatum as begindatum,
        source.einddatum as einddatum,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
