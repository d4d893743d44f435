-- The area hierarchy postcode-4 -> wijk -> stadsdeel -> gemeente -> SWV. A postcode row places that
-- postcode (this is how a gemeente split over two SWVs is described); a gemeente row without postcode
-- places the rest of the gemeente. Postcode-6 rows are folded into their postcode-4.
with gebieden as (
    select * from stg_gebieden__gebieden
),

postcodes as (
    select
        gebieden.postcode4,
        max(gebieden.gemeente_code) as gemeente_code,
        max(gebieden.gemeente_naam) as gemeente_naam,
        max(gebieden.swv_code) as swv_code,
        max(gebieden.swv_naam) as swv_naam,
        max(gebieden.wijk_code) as wijk_code,
        max(gebieden.wijk_naam) as wijk_naam,
        max(gebieden.stadsdeel_code) as stadsdeel_code,
        max(gebieden.stadsdeel_naam) as stadsdeel_naam,
        avg(gebieden.latitude) as latitude,
        avg(gebieden.longitude) as longitude
    from gebieden
    where gebieden.postcode4 is not null
    group by gebieden.postcode4
),

gemeenten as (
    select
        gebieden.gemeente_code,
        max(gebieden.gemeente_naam) as gemeente_naam,
        max(gebieden.swv_code) as swv_code,
        max(gebieden.swv_naam) as swv_naam
    from gebieden
    where gebieden.postcode4 is null
    group by gebieden.gemeente_code
),

final as (
    select
        -- ids
        postcodes.postcode4 as gebied_id,
        postcodes.postcode4 as postcode4,
        postcodes.wijk_code as wijk_code,
        postcodes.stadsdeel_code as stadsdeel_code,
        postcodes.gemeente_code as gemeente_code,
        postcodes.swv_code as swv_code,
        -- attributes
        false as is_hele_gemeente,
        postcodes.wijk_naam as wijk_naam,
        postcodes.stadsdeel_naam as stadsdeel_naam,
        postcodes.gemeente_naam as gemeente_naam,
        postcodes.swv_naam as swv_naam,
        cast(postcodes.latitude as double) as latitude,
        cast(postcodes.longitude as double) as longitude
    from postcodes
    union all
    select
        -- ids
        gemeenten.gemeente_code as gebied_id,
        cast(null as string) as postcode4,
        cast(null as string) as wijk_code,
        cast(null as string) as stadsdeel_code,
        gemeenten.gemeente_code as gemeente_code,
        gemeenten.swv_code as swv_code,
        -- attributes
        true as is_hele_gemeente,
        cast(null as string) as wijk_naam,
        cast(null as string) as stadsdeel_naam,
        gemeenten.gemeente_naam as gemeente_naam,
        gemeenten.swv_naam as swv_naam,
        cast(null as double) as latitude,
        cast(null as double) as longitude
    from gemeenten
)

select * from final
