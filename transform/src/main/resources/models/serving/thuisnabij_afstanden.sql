-- Thuisnabijheid as a distribution: on each peildatum (1 February) every enrolled pupil once (the latest begun
-- enrolment, as leerlingstromen), per soort of the school (BAO, SBO, SO), counted by the area of the home at the
-- levels swv, stadsdeel, wijk and gemeente, in classes of the straight-line (haversine) distance in km from the
-- centroid of the home postcode-4 to the school: 0-1, 1-2, 2-5, 5-10, 10-20, 20+ (lower bound included). A pupil
-- without home or school coordinates is left out. Exact counts: the dashboard's privacy layer hides small cells.
with gebied_niveau as (
    select * from dim_gebied_niveau
),

-- a pupil without home or school coordinates has no distance and is left out
leerlingen as (
    select * from fct_inschrijving_peildatum
    where afstand_km is not null
),

ingedeeld as (
    select
        leerlingen.*,
        case
            when leerlingen.afstand_km < 1 then 1
            when leerlingen.afstand_km < 2 then 2
            when leerlingen.afstand_km < 5 then 3
            when leerlingen.afstand_km < 10 then 4
            when leerlingen.afstand_km < 20 then 5
            else 6
        end as klasse_volgorde
    from leerlingen
),

-- every pupil once per level of the home (a cross join with the levels, so Spark reads ingedeeld once)
per_niveau as (
    select
        ingedeeld.schooljaar,
        ingedeeld.soort,
        ingedeeld.klasse_volgorde,
        levels.niveau,
        case levels.niveau
            when 'swv' then ingedeeld.woon_swv_code
            when 'stadsdeel' then ingedeeld.woon_stadsdeel_code
            when 'wijk' then ingedeeld.woon_wijk_code
            when 'gemeente' then ingedeeld.woon_gemeente_code
        end as gebied
    from ingedeeld
    cross join (values ('swv'), ('stadsdeel'), ('wijk'), ('gemeente')) as levels (niveau)
),

klassen as (
    select * from (
        values
            (1, '0-1'),
            (2, '1-2'),
            (3, '2-5'),
            (4, '5-10'),
            (5, '10-20'),
            (6, '20+')
    ) as klassen (klasse_volgorde, afstandsklasse)
),

final as (
    select
        -- ids
        per_niveau.schooljaar as periode,
        per_niveau.niveau as niveau,
        cast(per_niveau.gebied as string) as gebied,
        per_niveau.soort as soort,
        klassen.afstandsklasse as afstandsklasse,
        -- attributes
        cast(max(coalesce(gebied_niveau.naam, per_niveau.gebied)) as string) as gebied_naam,
        cast(per_niveau.klasse_volgorde as int) as klasse_volgorde,
        -- measures
        cast(count(*) as int) as leerlingen
    from per_niveau
    inner join klassen
        on per_niveau.klasse_volgorde = klassen.klasse_volgorde
    left join gebied_niveau
        on per_niveau.niveau = gebied_niveau.niveau and per_niveau.gebied = gebied_niveau.gebied
    where per_niveau.gebied is not null
    group by
        per_niveau.schooljaar, per_niveau.niveau, per_niveau.gebied, per_niveau.soort, klassen.afstandsklasse,
        per_niveau.klasse_volgorde
)

select * from final
