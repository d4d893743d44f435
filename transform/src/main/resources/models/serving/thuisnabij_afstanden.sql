-- Thuisnabijheid as a distribution: on each peildatum (1 February) every enrolled pupil once (the latest begun
-- enrolment, as leerlingstromen), per soort of the school (BAO, SBO, SO), counted by the area of the home at the
-- levels swv, stadsdeel, wijk and gemeente, in classes of the straight-line (haversine) distance in km from the
-- centroid of the home postcode-4 to the school: 0-1, 1-2, 2-5, 5-10, 10-20, 20+ (lower bound included). A pupil
-- without home or school coordinates is left out. Summed from fct_inschrijving_peildatum_geteld (the pupils
-- counted per vestiging, home areas and class). Exact counts: the dashboard's privacy layer hides small cells.
with gebied_niveau as (
    select * from dim_gebied_niveau
),

-- a pupil without home or school coordinates has no distance class and is left out
geteld as (
    select * from fct_inschrijving_peildatum_geteld
    where klasse_volgorde is not null
),

-- every count once per level of the home (a cross join with the levels, so Spark reads geteld once)
per_niveau as (
    select
        geteld.schooljaar,
        geteld.soort,
        geteld.klasse_volgorde,
        geteld.afstandsklasse,
        geteld.leerlingen,
        levels.niveau,
        case levels.niveau
            when 'swv' then geteld.woon_swv_code
            when 'stadsdeel' then geteld.woon_stadsdeel_code
            when 'wijk' then geteld.woon_wijk_code
            when 'gemeente' then geteld.woon_gemeente_code
        end as gebied
    from geteld
    cross join (values ('swv'), ('stadsdeel'), ('wijk'), ('gemeente')) as levels (niveau)
),

final as (
    select
        -- ids
        per_niveau.schooljaar as periode,
        per_niveau.niveau as niveau,
        cast(per_niveau.gebied as string) as gebied,
        per_niveau.soort as soort,
        per_niveau.afstandsklasse as afstandsklasse,
        -- attributes
        cast(max(coalesce(gebied_niveau.naam, per_niveau.gebied)) as string) as gebied_naam,
        cast(per_niveau.klasse_volgorde as int) as klasse_volgorde,
        -- measures
        cast(sum(per_niveau.leerlingen) as int) as leerlingen
    from per_niveau
    left join gebied_niveau
        on per_niveau.niveau = gebied_niveau.niveau and per_niveau.gebied = gebied_niveau.gebied
    where per_niveau.gebied is not null
    group by
        per_niveau.schooljaar, per_niveau.niveau, per_niveau.gebied, per_niveau.soort, per_niveau.afstandsklasse,
        per_niveau.klasse_volgorde
)

select * from final
