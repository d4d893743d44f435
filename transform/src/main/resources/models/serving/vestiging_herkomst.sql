-- Vestiging herkomst: on each peildatum (1 February) every enrolled pupil once (the latest begun enrolment, as
-- leerlingstromen), counted per vestiging of the region (its wijk in the gebieden file) by the wijk of the home
-- ('buiten' outside the gebieden file), with the vestiging's name, soort and coordinates on that day. For the
-- thuisnabijheid page's scatter of schools by their coordinates and the wijken they draw from. Summed over the
-- vestigingen of a wijk these are the leerlingstromen at level wijk into that wijk; the dashboard's privacy layer
-- hides small cells and what would give them away, together with those flows. Summed from
-- fct_inschrijving_peildatum_geteld (the pupils counted per vestiging and home areas).
with ingeschreven as (
    select * from fct_inschrijving_peildatum_geteld
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

leerlingen as (
    select
        ingeschreven.schooljaar,
        ingeschreven.vestiging,
        ingeschreven.vestiging_naam,
        ingeschreven.soort,
        ingeschreven.school_latitude as latitude,
        ingeschreven.school_longitude as longitude,
        school_wijk.wijk_code as school_wijk,
        coalesce(woon_wijk.wijk_code, 'buiten') as woon_wijk,
        coalesce(woon_wijk.wijk_naam, 'Buiten de regio') as woon_wijk_naam,
        ingeschreven.leerlingen
    from ingeschreven
    inner join wijken as school_wijk
        on ingeschreven.school_wijk_code = school_wijk.wijk_code
    left join wijken as woon_wijk
        on ingeschreven.woon_wijk_code = woon_wijk.wijk_code
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
        cast(sum(leerlingen.leerlingen) as int) as leerlingen
    from leerlingen
    group by leerlingen.schooljaar, leerlingen.vestiging, leerlingen.woon_wijk
)

select * from final
