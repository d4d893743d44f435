with source as (
    select * from raw_financien
),

final as (
    select
        -- ids
        source.jaar as jaar,
        trim(source.post) as post,
        lower(trim(source.soort)) as soort,
        lower(trim(source.type)) as type,
        trim(source.versie) as versie,
        trim(source.programma) as programma,
        -- measures: euros; ingest already multiplied amounts of a file with bedragen_x (e.g. 1000)
        source.bedrag as bedrag,
        -- lineage: the SWV that delivered the file (a national inbox), null for a flat inbox
        source._swv as aanlever_swv_code,
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
