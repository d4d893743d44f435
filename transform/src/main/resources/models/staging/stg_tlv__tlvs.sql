-- The TLV file of the samenwerkingsverband: requests, decisions and the outcome of every
-- toelaatbaarheidsverklaring, one row per tlv_nummer (the newest load wins, as for every source).
with source as (
    select * from raw_tlv
),

final as (
    select
        -- ids
        trim(source.tlv_nummer) as tlv_nummer,
        source.leerling_id as leerling_id,
        -- attributes
        upper(trim(source.soort)) as soort,
        nullif(upper(trim(source.aanvragende_vestiging)), '') as aanvragende_vestiging,
        nullif(upper(trim(source.ontvangende_vestiging)), '') as ontvangende_vestiging,
        lower(trim(source.besluit)) as besluit,
        nullif(lower(trim(source.uitkomst)), '') as uitkomst,
        source.eenzijdig as is_eenzijdig,
        source.bezwaar as has_bezwaar,
        nullif(lower(trim(source.bezwaar_uitkomst)), '') as bezwaar_uitkomst,
        nullif(trim(source.ondersteuningsbehoefte), '') as ondersteuningsbehoefte,
        -- dates
        source.aanvraagdatum as aanvraagdatum,
        source.besluitdatum as besluitdatum,
        source.ingangsdatum as ingangsdatum,
        source.einddatum as einddatum,
        source.geplande_terugplaatsing as geplande_terugplaatsing,
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
