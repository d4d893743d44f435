-- DUO file 06 (historisch overzicht aantal leerlingen per schoolvestiging), one row per vestiging per year
-- after ingest's unpivot; jaar is the year of the teldatum (1 October). '<5' arrives as null + flag; an
-- empty cell (the vestiging had no count that year) is dropped.
with source as (
    select * from raw_duo_leerlingen_vestiging
),

final as (
    select
        -- ids
        upper(trim(source.vestigingscode)) as vestiging,
        source.jaar as jaar,
        trim(source.bevoegd_gezag_nummer) as bevoegd_gezag_nr,
        source.gemeente_code as gemeente_code,
        -- attributes
        trim(source.naam_vestiging) as naam,
        case upper(trim(source.soort_vestiging))
            when 'BO' then 'BAO'
            when 'SBO' then 'SBO'
            else 'SO'
        end as soort,
        trim(source.gemeente_naam) as gemeente_naam,
        -- measures
        source.leerlingen as leerlingen,
        coalesce(source.is_minder_dan_5, false) as is_minder_dan_5,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
    -- an empty cell means the vestiging had no count that year (not open); '<5' is kept
    where source.leerlingen is not null or coalesce(source.is_minder_dan_5, false)
)

select * from final
