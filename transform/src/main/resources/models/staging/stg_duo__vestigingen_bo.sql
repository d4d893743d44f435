-- DUO file 02 (alle schoolvestigingen basisonderwijs): DUO's own register of vestigingen, used to name and
-- place vestigingen that the SWV's scholen register does not list.
with source as (
    select * from raw_duo_vestigingen_bo
),

final as (
    select
        -- ids
        upper(trim(source.vestigingscode)) as vestiging,
        upper(trim(source.instellingscode)) as brin,
        trim(source.bevoegd_gezag_nummer) as bevoegd_gezag_nr,
        source.gemeente_code as gemeente_code,
        -- attributes
        trim(source.vestigingsnaam) as naam,
        regexp_replace(upper(source.postcode), '[^0-9A-Z]', '') as postcode,
        substr(regexp_replace(upper(source.postcode), '[^0-9A-Z]', ''), 1, 4) as postcode4,
        trim(source.plaatsnaam) as plaats,
        trim(source.gemeente_naam) as gemeente_naam,
        trim(source.denominatie) as denominatie,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
