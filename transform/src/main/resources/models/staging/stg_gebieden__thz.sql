-- The gebieden register as the thuiszitters / basiskwaliteit / dekkend-aanbod models need it: which SWV
-- a gemeente (or a postcode in it) belongs to, with wijk and stadsdeel. Kept apart from the shared
-- gebieden dimension until the branches are merged; then this model can point at that one.
with source as (
    select * from raw_gebieden
),

final as (
    select
        -- ids
        source.gemeente_code as gemeente_code,
        nullif(replace(upper(trim(source.postcode)), ' ', ''), '') as postcode,
        -- attributes
        trim(source.gemeente_naam) as gemeente_naam,
        upper(trim(source.swv_code)) as swv_code,
        nullif(upper(trim(source.wijk_code)), '') as wijk_code,
        trim(source.wijk_naam) as wijk_naam,
        nullif(upper(trim(source.stadsdeel_code)), '') as stadsdeel_code,
        trim(source.stadsdeel_naam) as stadsdeel_naam
    from source
)

select * from final
