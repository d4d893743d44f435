-- The SWV's area register: a gemeente row (no postcode) covers the whole gemeente; a postcode row covers
-- only that postcode and is how a gemeente split over two SWVs is described. Codes arrive normalised from ingest.
with source as (
    select * from raw_gebieden
),

final as (
    select
        -- ids
        source.gemeente_code as gemeente_code,
        upper(trim(source.swv_code)) as swv_code,
        nullif(substr(regexp_replace(upper(source.postcode), '[^0-9A-Z]', ''), 1, 4), '') as postcode4,
        nullif(upper(trim(source.wijk_code)), '') as wijk_code,
        nullif(upper(trim(source.stadsdeel_code)), '') as stadsdeel_code,
        -- attributes
        trim(source.gemeente_naam) as gemeente_naam,
        nullif(trim(source.swv_naam), '') as swv_naam,
        nullif(trim(source.wijk_naam), '') as wijk_naam,
        nullif(trim(source.stadsdeel_naam), '') as stadsdeel_naam,
        source.latitude as latitude,
        source.longitude as longitude,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
