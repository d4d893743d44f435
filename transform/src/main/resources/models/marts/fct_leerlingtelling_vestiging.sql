-- Pupils per vestiging on each teldatum (1 October): DUO's count (file 06) where DUO has the vestiging and
-- year, else the enrolments active on the teldatum. Enrolments are only counted for teldata up to the last
-- date the inschrijvingen file mentions, so open enrolments do not run on into future years. Each count
-- is placed by the dim_vestiging version valid on the teldatum (bestuur, wijk, stadsdeel, gemeente, SWV).
-- A vestiging the scholen register does not list is placed once, by DUO's gemeente and the postcode DUO's
-- register (file 02) gives it: a postcode row of gebieden in that gemeente places it (this is how a
-- gemeente split over SWVs is described), else the gemeente's whole-gemeente row. Every level reads
-- that one placement.
with periode as (
    select * from dim_periode
),

duo as (
    select * from stg_duo__leerlingen_vestiging
),

inschrijving as (
    select * from fct_inschrijving
),

vestiging as (
    select * from dim_vestiging
),

gebied as (
    select * from dim_gebied
),

duo_register as (
    select
        register.vestiging,
        max(register.postcode4) as postcode4
    from stg_duo__vestigingen_bo as register
    group by register.vestiging
),

horizon as (
    select max(greatest(inschrijving.begindatum, coalesce(inschrijving.einddatum, inschrijving.begindatum))) as tot
    from inschrijving
),

geteld as (
    select
        inschrijving.vestiging,
        periode.teldatum,
        count(distinct inschrijving.leerling_id) as leerlingen
    from inschrijving
    inner join periode
        on
            inschrijving.begindatum <= periode.teldatum
            and (inschrijving.einddatum is null or inschrijving.einddatum >= periode.teldatum)
    cross join horizon
    where periode.teldatum <= horizon.tot
    group by inschrijving.vestiging, periode.teldatum
),

duo_geteld as (
    select
        duo.vestiging,
        periode.teldatum,
        duo.leerlingen,
        duo.is_minder_dan_5,
        duo.soort,
        duo.bevoegd_gezag_nr,
        duo.gemeente_code,
        duo.naam
    from duo
    inner join periode
        on duo.jaar = periode.beginjaar
),

combined as (
    select
        coalesce(duo_geteld.vestiging, geteld.vestiging) as vestiging,
        coalesce(duo_geteld.teldatum, geteld.teldatum) as teldatum,
        case when duo_geteld.vestiging is not null then duo_geteld.leerlingen else geteld.leerlingen end
            as leerlingen,
        coalesce(duo_geteld.is_minder_dan_5, false) as is_minder_dan_5,
        case
            when duo_geteld.vestiging is not null then 'duo_leerlingen_vestiging' else 'inschrijvingen'
        end as bron,
        duo_geteld.soort as duo_soort,
        duo_geteld.bevoegd_gezag_nr as duo_bevoegd_gezag_nr,
        duo_geteld.gemeente_code as duo_gemeente_code,
        duo_geteld.naam as duo_naam
    from duo_geteld
    full outer join geteld
        on duo_geteld.vestiging = geteld.vestiging and duo_geteld.teldatum = geteld.teldatum
),

gemeente_gebied as (
    select
        gebied.gemeente_code,
        max(gebied.gemeente_naam) as gemeente_naam,
        max(case when gebied.is_hele_gemeente then gebied.swv_code end) as swv_code
    from gebied
    group by gebied.gemeente_code
),

postcode_gebied as (
    select gebied.* from gebied where not gebied.is_hele_gemeente
),

-- where the scholen register does not list the vestiging: DUO's gemeente, placed by the file 02 postcode
duo_placed as (
    select
        combined.vestiging,
        combined.teldatum,
        duo_register.postcode4,
        postcode_gebied.wijk_code,
        postcode_gebied.stadsdeel_code,
        postcode_gebied.wijk_naam,
        postcode_gebied.stadsdeel_naam,
        coalesce(postcode_gebied.swv_code, gemeente_gebied.swv_code) as swv_code,
        gemeente_gebied.gemeente_naam
    from combined
    left join duo_register
        on combined.vestiging = duo_register.vestiging
    left join postcode_gebied
        on
            duo_register.postcode4 = postcode_gebied.postcode4
            and combined.duo_gemeente_code = postcode_gebied.gemeente_code
    left join gemeente_gebied
        on combined.duo_gemeente_code = gemeente_gebied.gemeente_code
),

final as (
    select
        -- ids
        combined.vestiging as vestiging,
        combined.teldatum as teldatum,
        schooljaar(combined.teldatum) as schooljaar,
        vestiging.vestiging_versie_id as vestiging_versie_id,
        coalesce(vestiging.bevoegd_gezag_nr, combined.duo_bevoegd_gezag_nr) as bevoegd_gezag_nr,
        case when vestiging.vestiging is not null then vestiging.wijk_code else duo_placed.wijk_code end
            as wijk_code,
        case when vestiging.vestiging is not null then vestiging.stadsdeel_code else duo_placed.stadsdeel_code end
            as stadsdeel_code,
        coalesce(vestiging.gemeente_code, combined.duo_gemeente_code) as gemeente_code,
        case when vestiging.vestiging is not null then vestiging.swv_code else duo_placed.swv_code end
            as swv_code,
        -- attributes
        coalesce(vestiging.soort, combined.duo_soort) as soort,
        coalesce(vestiging.naam, combined.duo_naam) as naam,
        vestiging.bevoegd_gezag_naam as bevoegd_gezag_naam,
        case when vestiging.vestiging is not null then vestiging.wijk_naam else duo_placed.wijk_naam end
            as wijk_naam,
        case when vestiging.vestiging is not null then vestiging.stadsdeel_naam else duo_placed.stadsdeel_naam end
            as stadsdeel_naam,
        coalesce(vestiging.gemeente_naam, duo_placed.gemeente_naam) as gemeente_naam,
        combined.bron as bron,
        -- measures
        combined.leerlingen as leerlingen,
        combined.is_minder_dan_5 as is_minder_dan_5
    from combined
    left join vestiging
        on
            combined.vestiging = vestiging.vestiging
            and combined.teldatum between vestiging.valid_from and vestiging.valid_to
    left join duo_placed
        on combined.vestiging = duo_placed.vestiging and combined.teldatum = duo_placed.teldatum
)

select * from final
