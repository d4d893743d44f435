-- Thuiszitter registrations as delivered, with the category codes lowercased. The gemeente code arrives
-- as GM + 4 digits: ingest writes every code column in one form (see _sources.yml).
with source as (
    select * from raw_thuiszitters
),

final as (
    select
        -- ids
        trim(source.melding_id) as melding_id,
        source.leerling_id as leerling_id,
        source.gemeente_code as gemeente_code,
        -- attributes
        lower(trim(source.categorie)) as categorie,
        source.vrijstelling_artikel as vrijstelling_artikel,
        source.reden as reden,
        lower(trim(source.oplossing)) as oplossing,
        source.gemeld_leerplicht as is_gemeld_leerplicht,
        -- dates: first and last day at home; einddatum empty while the situation lasts
        source.begindatum as begindatum,
        source.einddatum as einddatum,
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
