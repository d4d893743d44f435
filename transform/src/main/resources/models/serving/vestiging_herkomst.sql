-- Vestiging herkomst: on each peildatum (1 February) every enrolled pupil once (the latest begun enrolment, as
-- leerlingstromen), counted per vestiging of the region (its wijk in the gebieden file) by the wijk of the home
-- ('buiten' outside the gebieden file), with the vestiging's name, soort and coordinates on that day. For the
-- thuisnabijheid page's scatter of schools by their coordinates and the wijken they draw from. Summed over the
-- vestigingen of a wijk these are the leerlingstromen at level wijk into that wijk; the dashboard's privacy layer
-- hides small cells and what would give them away, together with those flows.
with periode as (
    select * from dim_periode
),

inschrijving as (
    select * from fct_inschrijving
),

vestiging as (
    select * from dim_vestiging
),

gebied_niveau as (
    select * from dim_gebied_niveau
),

wijken as (
    select
        gebied_niveau.gebied as wijk_code,
        gebied_niveau.naam as wijk_naam
    from gebied_niveau
    where gebied_niveau.niveau = 'wijk'
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

-- one enrolment per pupil per peildatum: the latest begun (a pupil changing school that day counts once)
ingeschreven as (
    select
        inschrijving.leerling_id,
        inschrijving.vestiging,
        inschrijving.woon_wijk_code,
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

leerlingen as (
    select
        ingeschreven.schooljaar,
        vestiging.vestiging,
        vestiging.naam as vestiging_naam,
        vestiging.soort,
        vestiging.latitude,
        vestiging.longitude,
        school_wijk.wijk_code as school_wijk,
        coalesce(woon_wijk.wijk_code, 'buiten') as woon_wijk,
        coalesce(woon_wijk.wijk_naam, 'Buiten de regio') as woon_wijk_naam
    from ingeschreven
    inner join vestiging
        on
            ingeschreven.vestiging = vestiging.vestiging
            and ingeschreven.peildatum between vestiging.valid_from and vestiging.valid_to
    inner join wijken as school_wijk
        on vestiging.wijk_code = school_wijk.wijk_code
    left join wijken as woon_wijk
        on ingeschreven.woon_wijk_code = woon_wijk.wijk_code
    where ingeschreven.rang = 1
),

final as (
    select
        -- ids
        leerlingen.schooljaar as periode,
        leerlingen.vestiging as vestiging,
        leerlingen.woon_wijk as woon_wijk,
        -- attributes
        max(leerlingen.vestiging_naam) as vestiging_naam,
        max(leerlingen.soort) as soort,
        max(leerlingen.school_wijk) as school_wijk,
        cast(max(leerlingen.latitude) as double) as latitude,
        cast(max(leerlingen.longitude) as double) as longitude,
        max(leerlingen.woon_wijk_naam) as woon_wijk_naam,
        -- measures
        cast(count(*) as int) as leerlingen
    from leerlingen
    group by leerlingen.schooljaar, leerlingen.vestiging, leerlingen.woon_wijk
)

select * from final
