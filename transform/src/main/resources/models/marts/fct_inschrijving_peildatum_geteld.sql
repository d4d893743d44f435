-- The pupils on the peildatum (fct_inschrijving_peildatum: every enrolled pupil once, the latest begun enrolment)
-- counted per schooljaar, vestiging (with its name, soort, areas and coordinates on that day), areas of the home
-- and class of the straight-line distance in km from the centroid of the home postcode-4 to the school: 0-1,
-- 1-2, 2-5, 5-10, 10-20, 20+ (lower bound included; null when home or school has no coordinates). The one input
-- of leerlingstromen, thuisnabij_afstanden and vestiging_herkomst, which sum it instead of reading every pupil.
with ingeschreven as (
    select * from fct_inschrijving_peildatum
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

ingedeeld as (
    select
        ingeschreven.*,
        case
            when ingeschreven.afstand_km is null then null
            when ingeschreven.afstand_km < 1 then 1
            when ingeschreven.afstand_km < 2 then 2
            when ingeschreven.afstand_km < 5 then 3
            when ingeschreven.afstand_km < 10 then 4
            when ingeschreven.afstand_km < 20 then 5
            else 6
        end as klasse_volgorde
    from ingeschreven
),

final as (
    select
        -- ids
        ingedeeld.schooljaar,
        ingedeeld.vestiging,
        ingedeeld.woon_wijk_code,
        ingedeeld.woon_stadsdeel_code,
        ingedeeld.woon_gemeente_code,
        ingedeeld.woon_swv_code,
        ingedeeld.klasse_volgorde,
        -- attributes
        ingedeeld.vestiging_naam,
        ingedeeld.soort,
        ingedeeld.school_wijk_code,
        ingedeeld.school_gemeente_code,
        ingedeeld.school_swv_code,
        ingedeeld.school_latitude,
        ingedeeld.school_longitude,
        klassen.afstandsklasse,
        -- measures
        count(*) as leerlingen
    from ingedeeld
    left join klassen
        on ingedeeld.klasse_volgorde = klassen.klasse_volgorde
    group by
        ingedeeld.schooljaar, ingedeeld.vestiging, ingedeeld.woon_wijk_code, ingedeeld.woon_stadsdeel_code,
        ingedeeld.woon_gemeente_code, ingedeeld.woon_swv_code, ingedeeld.klasse_volgorde, ingedeeld.vestiging_naam,
        ingedeeld.soort, ingedeeld.school_wijk_code, ingedeeld.school_gemeente_code, ingedeeld.school_swv_code,
        ingedeeld.school_latitude, ingedeeld.school_longitude, klassen.afstandsklasse
)

select * from final
