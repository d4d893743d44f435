-- Vestigingen as a type-2 slowly changing dimension: one version per period in which the register data
-- (bestuur, soort, address) held. valid_to is the last day a version holds (inclusive); a vestiging that
-- closed has einddatum on its last version. Location comes from dim_gebied: the school's postcode-4 where
-- listed, else the gemeente row; the register's own wijk_code is the fallback for the wijk.
with scholen as (
    select * from stg_scholen__vestigingen
),

gebied as (
    select * from dim_gebied
),

versions as (
    select
        scholen.*,
        coalesce(scholen.begindatum, date '1900-01-01') as valid_from,
        lead(coalesce(scholen.begindatum, date '1900-01-01')) over (
            partition by scholen.vestiging order by coalesce(scholen.begindatum, date '1900-01-01')
        ) as next_valid_from
    from scholen
),

postcode_gebied as (
    select gebied.* from gebied where not gebied.is_hele_gemeente
),

gemeente_gebied as (
    select gebied.* from gebied where gebied.is_hele_gemeente
),

gebied_niveau as (
    select * from dim_gebied_niveau
),

wijken as (
    select gebied_niveau.* from gebied_niveau where gebied_niveau.niveau = 'wijk'
),

stadsdelen as (
    select gebied_niveau.* from gebied_niveau where gebied_niveau.niveau = 'stadsdeel'
),

gemeenten as (
    select gebied_niveau.* from gebied_niveau where gebied_niveau.niveau = 'gemeente'
),

located as (
    select
        versions.*,
        coalesce(postcode_gebied.gemeente_code, versions.gemeente_code) as located_gemeente_code,
        coalesce(postcode_gebied.wijk_code, versions.wijk_code) as located_wijk_code,
        coalesce(postcode_gebied.swv_code, gemeente_gebied.swv_code) as located_swv_code
    from versions
    left join postcode_gebied
        on versions.postcode4 = postcode_gebied.postcode4
    left join gemeente_gebied
        on versions.gemeente_code = gemeente_gebied.gemeente_code
),

final as (
    select
        -- ids
        concat(located.vestiging, '@', cast(located.valid_from as string)) as vestiging_versie_id,
        located.vestiging as vestiging,
        located.bevoegd_gezag_nr as bevoegd_gezag_nr,
        located.located_wijk_code as wijk_code,
        wijken.stadsdeel_code as stadsdeel_code,
        located.located_gemeente_code as gemeente_code,
        located.located_swv_code as swv_code,
        -- attributes
        located.naam as naam,
        located.soort as soort,
        located.bevoegd_gezag_naam as bevoegd_gezag_naam,
        located.postcode as postcode,
        located.postcode4 as postcode4,
        located.plaats as plaats,
        wijken.naam as wijk_naam,
        stadsdelen.naam as stadsdeel_naam,
        coalesce(gemeenten.naam, located.located_gemeente_code) as gemeente_naam,
        cast(located.latitude as double) as latitude,
        cast(located.longitude as double) as longitude,
        -- validity
        located.valid_from as valid_from,
        coalesce(located.einddatum, date_sub(located.next_valid_from, 1), date '9999-12-31') as valid_to,
        located.next_valid_from is null as is_current,
        located.next_valid_from is null and located.einddatum is not null as is_gesloten
    from located
    left join wijken
        on located.located_wijk_code = wijken.gebied
    left join stadsdelen
        on wijken.stadsdeel_code = stadsdelen.gebied
    left join gemeenten
        on located.located_gemeente_code = gemeenten.gebied
)

select * from final
