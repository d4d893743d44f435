-- Thuiszitter registrations as delivered, with the gemeente code written as GM + 4 digits (GM0034, 0034
-- and 34 all become GM0034) and the category codes lowercased.
with source as (
    select * from raw_thuiszitters
),

final as (
    select
        -- ids
        trim(source.melding_id) as melding_id,
        source.leerling_id as leerling_id,
        case
            when replace(upper(trim(source.gemeente_code)), ' ', '') rlike '^(GM)?[0-9]{1,4}$'
                then concat(
                    'GM', lpad(regexp_replace(replace(upper(trim(source.gemeente_code)), ' ', ''), '^GM', ''), 4, '0')
                )
        end as gemeente_code,
        -- attributes
        lower(trim(source.categorie)) as categorie,
        source.vrijstelling_artikel as vrijstelling_artikel,
        source.reden as reden,
        lower(trim(source.oplossing)) as oplossing,
        source.gemeld_leerplicht as is_gemeld_leerplicht,
        -- dates: first and last day at home; einddatum empty while the situation lasts
        source.begindatum as begindatum,
        source.einddatum as einddatum,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
