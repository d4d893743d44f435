-- Leerlingstromen: on each peildatum (1 February) every enrolled pupil once, counted from the area of the home
-- to the area of the school, per soort of the school (BAO, SBO, SO), at the levels wijk, gemeente and swv. An
-- area outside the gebieden file (a home or a school outside the described region) is 'buiten'. One table for
-- the sankey of the thuisnabijheid page (wijk to wijk) and the flows into and out of a gemeente in the
-- OOGO-overzicht; the dashboard's privacy layer hides small flows (and what would give them away). Summed from
-- fct_inschrijving_peildatum_geteld (the pupils counted per vestiging and home areas).
with leerlingen as (
    select * from fct_inschrijving_peildatum_geteld
),

gebied_niveau as (
    select * from dim_gebied_niveau
),

-- every count once per level (a cross join with the levels, so Spark reads leerlingen once)
per_niveau as (
    select
        leerlingen.schooljaar,
        leerlingen.soort,
        leerlingen.leerlingen,
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
        per_niveau.leerlingen,
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
        cast(sum(geplaatst.leerlingen) as int) as leerlingen
    from geplaatst
    -- a flow from outside to outside concerns no area of the region
    where geplaatst.van_gebied <> 'buiten' or geplaatst.naar_gebied <> 'buiten'
    group by geplaatst.schooljaar, geplaatst.soort, geplaatst.niveau, geplaatst.van_gebied, geplaatst.naar_gebied
)

select * from final
