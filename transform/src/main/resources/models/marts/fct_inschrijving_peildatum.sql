-- The enrolment that counts for a pupil on each peildatum (1 February): of the enrolments running that day the
-- latest begun (a pupil changing school that day counts once, at the new school), at a vestiging the register
-- knows on that day. With the areas and coordinates of home and school and the straight-line (haversine)
-- distance in km from the centroid of the home postcode-4 to the school (null when either has no coordinates).
-- The one definition of "a pupil on the peildatum" for leerlingstromen, thuisnabij_afstanden and
-- vestiging_herkomst.
with periode as (
    select * from dim_periode
),

inschrijving as (
    select * from fct_inschrijving
),

vestiging as (
    select * from dim_vestiging
),

bereik as (
    select
        min(inschrijving.begindatum) as van,
        max(greatest(inschrijving.begindatum, coalesce(inschrijving.einddatum, inschrijving.begindatum))) as tot
    from inschrijving
),

peildata as (
    select
        periode.schooljaar,
        periode.peildatum
    from periode
    cross join bereik
    where periode.peildatum between bereik.van and bereik.tot
),

ingeschreven as (
    select
        inschrijving.leerling_id,
        inschrijving.vestiging,
        inschrijving.woon_wijk_code,
        inschrijving.woon_stadsdeel_code,
        inschrijving.woon_gemeente_code,
        inschrijving.woon_swv_code,
        inschrijving.woon_latitude,
        inschrijving.woon_longitude,
        peildata.schooljaar,
        peildata.peildatum,
        row_number() over (
            partition by inschrijving.leerling_id, peildata.schooljaar
            order by inschrijving.begindatum desc, inschrijving.vestiging
        ) as rang
    from inschrijving
    inner join peildata
        on
            inschrijving.begindatum <= peildata.peildatum
            and (inschrijving.einddatum is null or inschrijving.einddatum >= peildata.peildatum)
),

final as (
    select
        -- ids
        ingeschreven.schooljaar,
        ingeschreven.leerling_id,
        -- attributes
        ingeschreven.peildatum,
        ingeschreven.vestiging,
        vestiging.naam as vestiging_naam,
        vestiging.soort,
        vestiging.wijk_code as school_wijk_code,
        vestiging.gemeente_code as school_gemeente_code,
        vestiging.swv_code as school_swv_code,
        cast(vestiging.latitude as double) as school_latitude,
        cast(vestiging.longitude as double) as school_longitude,
        ingeschreven.woon_wijk_code,
        ingeschreven.woon_stadsdeel_code,
        ingeschreven.woon_gemeente_code,
        ingeschreven.woon_swv_code,
        ingeschreven.woon_latitude,
        ingeschreven.woon_longitude,
        -- measures
        2 * 6371.0 * asin(sqrt(
            pow(sin(radians(vestiging.latitude - ingeschreven.woon_latitude) / 2), 2)
            + cos(radians(ingeschreven.woon_latitude)) * cos(radians(vestiging.latitude))
            * pow(sin(radians(vestiging.longitude - ingeschreven.woon_longitude) / 2), 2)
        )) as afstand_km
    from ingeschreven
    inner join vestiging
        on
            ingeschreven.vestiging = vestiging.vestiging
            and ingeschreven.peildatum between vestiging.valid_from and vestiging.valid_to
    where ingeschreven.rang = 1
)

select * from final
