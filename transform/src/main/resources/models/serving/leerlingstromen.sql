-- Leerlingstromen: on each peildatum (1 February) every enrolled pupil once, counted from the area of the home
-- to the area of the school, per soort of the school (BAO, SBO, SO), at the levels wijk, gemeente and swv. An
-- area outside the gebieden file (a home or a school outside the described region) is 'buiten'. One table for
-- the sankey of the thuisnabijheid page (wijk to wijk) and the flows into and out of a gemeente in the
-- OOGO-overzicht; the dashboard's privacy layer hides small flows (and what would give them away).
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
        inschrijving.woon_gemeente_code,
        inschrijving.woon_swv_code,
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
        vestiging.soort,
        ingeschreven.woon_wijk_code,
        ingeschreven.woon_gemeente_code,
        ingeschreven.woon_swv_code,
        vestiging.wijk_code as school_wijk_code,
        vestiging.gemeente_code as school_gemeente_code,
        vestiging.swv_code as school_swv_code
    from ingeschreven
    inner join vestiging
        on
            ingeschreven.vestiging = vestiging.vestiging
            and ingeschreven.peildatum between vestiging.valid_from and vestiging.valid_to
    where ingeschreven.rang = 1
),

-- every pupil once per level (a cross join with the levels, so Spark reads leerlingen once)
per_niveau as (
    select
        leerlingen.schooljaar,
        leerlingen.soort,
        levels.niveau,
        case levels.niveau
            when 'wijk' then leerlingen.woon_wijk_code
            when 'gemeente' then leerlingen.woon_gemeente_code
            when 'swv' then leerlingen.woon_swv_code
        end as van,
        case levels.niveau
            when 'wijk' then leerlingen.school_wijk_code
            when 'gemeente' then leerlingen.school_gemeente_code
            when 'swv' then leerlingen.school_swv_code
        end as naar
    from leerlingen
    cross join (values ('wijk'), ('gemeente'), ('swv')) as levels (niveau)
),

-- an area the gebieden file does not name at that level is outside the region
geplaatst as (
    select
        per_niveau.schooljaar,
        per_niveau.soort,
        per_niveau.niveau,
        coalesce(van_gebied.gebied, 'buiten') as van_gebied,
        coalesce(van_gebied.naam, 'Buiten de regio') as van_naam,
        coalesce(naar_gebied.gebied, 'buiten') as naar_gebied,
        coalesce(naar_gebied.naam, 'Buiten de regio') as naar_naam
    from per_niveau
    left join gebied_niveau as van_gebied
        on per_niveau.niveau = van_gebied.niveau and per_niveau.van = van_gebied.gebied
    left join gebied_niveau as naar_gebied
        on per_niveau.niveau = naar_gebied.niveau and per_niveau.naar = naar_gebied.gebied
),

final as (
    select
        -- ids
        geplaatst.schooljaar as periode,
        geplaatst.soort as soort,
        geplaatst.niveau as niveau,
        geplaatst.van_gebied as van_gebied,
        geplaatst.naar_gebied as naar_gebied,
        -- attributes
        max(geplaatst.van_naam) as van_naam,
        max(geplaatst.naar_naam) as naar_naam,
        -- measures
        cast(count(*) as int) as leerlingen
    from geplaatst
    -- a flow from outside to outside concerns no area of the region
    where geplaatst.van_gebied <> 'buiten' or geplaatst.naar_gebied <> 'buiten'
    group by geplaatst.schooljaar, geplaatst.soort, geplaatst.niveau, geplaatst.van_gebied, geplaatst.naar_gebied
)

select * from final
