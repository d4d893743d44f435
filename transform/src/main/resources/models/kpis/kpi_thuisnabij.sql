-- Thuisnabijheid: of the pupils with extra support on the peildatum (1 February) -- a special placement
-- (enrolment at an SBO or SO vestiging) or else an individual arrangement at a regular school -- the share
-- schooled in their own wijk, elsewhere in their own stadsdeel, elsewhere in their own gemeente or SWV,
-- and outside; plus the median straight-line (haversine) distance in km from the centroid of the home
-- postcode-4 to the school. Counted by residence: swv, stadsdeel, wijk and gemeente of the home.
-- arrangementen_in_regulier: of the same pupils, the share schooled in a regular (BaO) building.
with periode as (
    select * from dim_periode
),

inschrijving as (
    select * from fct_inschrijving
),

arrangement as (
    select * from fct_arrangement_leerling
),

vestiging as (
    select * from dim_vestiging
),

gebied as (
    select * from dim_gebied
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

ingeschreven as (
    select
        inschrijving.*,
        peildata.schooljaar,
        peildata.peildatum
    from inschrijving
    inner join peildata
        on
            inschrijving.begindatum <= peildata.peildatum
            and (inschrijving.einddatum is null or inschrijving.einddatum >= peildata.peildatum)
),

woning as (
    select
        ingeschreven.leerling_id,
        ingeschreven.schooljaar,
        ingeschreven.woon_wijk_code,
        ingeschreven.woon_stadsdeel_code,
        ingeschreven.woon_gemeente_code,
        ingeschreven.woon_swv_code,
        ingeschreven.woon_latitude,
        ingeschreven.woon_longitude,
        row_number() over (
            partition by ingeschreven.leerling_id, ingeschreven.schooljaar
            order by ingeschreven.begindatum desc, ingeschreven.vestiging
        ) as rang
    from ingeschreven
),

plaatsingen as (
    select
        ingeschreven.leerling_id,
        ingeschreven.schooljaar,
        ingeschreven.peildatum,
        ingeschreven.vestiging,
        ingeschreven.begindatum,
        1 as voorrang
    from ingeschreven
    inner join vestiging
        on
            ingeschreven.vestiging = vestiging.vestiging
            and ingeschreven.peildatum between vestiging.valid_from and vestiging.valid_to
    where vestiging.soort in ('SBO', 'SO')
),

arrangementen as (
    select
        arrangement.leerling_id,
        peildata.schooljaar,
        peildata.peildatum,
        arrangement.vestiging,
        arrangement.begindatum,
        2 as voorrang
    from arrangement
    inner join peildata
        on
            arrangement.begindatum <= peildata.peildatum
            and (arrangement.einddatum is null or arrangement.einddatum >= peildata.peildatum)
),

ondersteund as (
    select
        kandidaten.*,
        row_number() over (
            partition by kandidaten.leerling_id, kandidaten.schooljaar
            order by kandidaten.voorrang, kandidaten.begindatum desc, kandidaten.vestiging
        ) as rang
    from (
        select * from plaatsingen
        union all
        select * from arrangementen
    ) as kandidaten
),

leerlingen as (
    select
        ondersteund.leerling_id,
        ondersteund.schooljaar,
        woning.woon_wijk_code,
        woning.woon_stadsdeel_code,
        woning.woon_gemeente_code,
        woning.woon_swv_code,
        case
            when vestiging.wijk_code = woning.woon_wijk_code then 'eigen_wijk'
            when vestiging.stadsdeel_code = woning.woon_stadsdeel_code then 'eigen_stadsdeel'
            when vestiging.gemeente_code = woning.woon_gemeente_code or vestiging.swv_code = woning.woon_swv_code
                then 'eigen_gemeente'
            else 'buiten'
        end as categorie,
        vestiging.soort = 'BAO' as is_regulier,
        2 * 6371.0 * asin(sqrt(
            pow(sin(radians(vestiging.latitude - woning.woon_latitude) / 2), 2)
            + cos(radians(woning.woon_latitude)) * cos(radians(vestiging.latitude))
            * pow(sin(radians(vestiging.longitude - woning.woon_longitude) / 2), 2)
        )) as afstand_km
    from ondersteund
    inner join woning
        on
            ondersteund.leerling_id = woning.leerling_id
            and ondersteund.schooljaar = woning.schooljaar
            and woning.rang = 1
    left join vestiging
        on
            ondersteund.vestiging = vestiging.vestiging
            and ondersteund.peildatum between vestiging.valid_from and vestiging.valid_to
    where ondersteund.rang = 1 and woning.woon_swv_code is not null
),

-- every gebied of an SWV with vestigingen in the register, in every schooljaar, so an empty cell shows
kader as (
    select distinct
        peildata.schooljaar,
        gebied.swv_code,
        gebied.stadsdeel_code,
        gebied.wijk_code,
        gebied.gemeente_code
    from gebied
    cross join peildata
    where gebied.swv_code in (select vestiging.swv_code from vestiging)
),

rijen as (
    select
        leerlingen.schooljaar,
        leerlingen.woon_swv_code as swv_code,
        leerlingen.woon_stadsdeel_code as stadsdeel_code,
        leerlingen.woon_wijk_code as wijk_code,
        leerlingen.woon_gemeente_code as gemeente_code,
        leerlingen.leerling_id,
        leerlingen.categorie,
        leerlingen.is_regulier,
        leerlingen.afstand_km
    from leerlingen
    union all
    select
        kader.schooljaar,
        kader.swv_code,
        kader.stadsdeel_code,
        kader.wijk_code,
        kader.gemeente_code,
        cast(null as string) as leerling_id,
        cast(null as string) as categorie,
        cast(null as boolean) as is_regulier,
        cast(null as double) as afstand_km
    from kader
),

-- every row once per level of the home (a cross join with the levels, so Spark computes rijen once)
per_gebied as (
    select
        rijen.*,
        levels.niveau,
        case levels.niveau
            when 'swv' then rijen.swv_code
            when 'stadsdeel' then rijen.stadsdeel_code
            when 'wijk' then rijen.wijk_code
            when 'gemeente' then rijen.gemeente_code
        end as gebied
    from rijen
    cross join (values ('swv'), ('stadsdeel'), ('wijk'), ('gemeente')) as levels (niveau)
),

counted as (
    select
        per_gebied.schooljaar,
        per_gebied.niveau,
        per_gebied.gebied,
        count(per_gebied.leerling_id) as leerlingen,
        count(case when per_gebied.categorie = 'eigen_wijk' then 1 end) as eigen_wijk,
        count(case when per_gebied.categorie = 'eigen_stadsdeel' then 1 end) as eigen_stadsdeel,
        count(case when per_gebied.categorie = 'eigen_gemeente' then 1 end) as eigen_gemeente,
        count(case when per_gebied.categorie = 'buiten' then 1 end) as buiten,
        count(case when per_gebied.is_regulier then 1 end) as in_regulier,
        count(per_gebied.afstand_km) as met_afstand,
        percentile_cont(0.5) within group (order by per_gebied.afstand_km) as afstand_mediaan
    from per_gebied
    where per_gebied.gebied is not null
    group by per_gebied.schooljaar, per_gebied.niveau, per_gebied.gebied
),

per_indicator as (
    select
        counted.schooljaar,
        counted.niveau,
        counted.gebied,
        counted.afstand_mediaan,
        ids.indicator,
        case ids.indicator
            when 'thuisnabij_eigen_wijk' then counted.eigen_wijk
            when 'thuisnabij_eigen_stadsdeel' then counted.eigen_stadsdeel
            when 'thuisnabij_eigen_gemeente' then counted.eigen_gemeente
            when 'thuisnabij_buiten' then counted.buiten
            when 'thuisnabij_afstand_mediaan' then counted.met_afstand
            when 'arrangementen_in_regulier' then counted.in_regulier
        end as teller,
        case ids.indicator
            when 'thuisnabij_eigen_wijk' then counted.leerlingen
            when 'thuisnabij_eigen_stadsdeel' then counted.leerlingen
            when 'thuisnabij_eigen_gemeente' then counted.leerlingen
            when 'thuisnabij_buiten' then counted.leerlingen
            when 'arrangementen_in_regulier' then counted.leerlingen
        end as noemer
    from counted
    cross join (
        values
            ('thuisnabij_eigen_wijk'),
            ('thuisnabij_eigen_stadsdeel'),
            ('thuisnabij_eigen_gemeente'),
            ('thuisnabij_buiten'),
            ('thuisnabij_afstand_mediaan'),
            ('arrangementen_in_regulier')
    ) as ids (indicator)
),

namen as (
    select
        gebied_niveau.niveau,
        gebied_niveau.gebied,
        gebied_niveau.naam as gebied_naam
    from gebied_niveau
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.schooljaar as periode,
        per_indicator.niveau as niveau,
        cast(per_indicator.gebied as string) as gebied,
        cast(coalesce(namen.gebied_naam, per_indicator.gebied) as string) as gebied_naam,
        '' as uitsplitsing,
        -- measures
        cast(per_indicator.teller as decimal(18, 4)) as teller,
        cast(per_indicator.noemer as decimal(18, 4)) as noemer,
        case
            when per_indicator.indicator = 'thuisnabij_afstand_mediaan'
                then cast(round(cast(per_indicator.afstand_mediaan as decimal(38, 10)), 1) as decimal(18, 4))
            else cast(
                procent(per_indicator.teller, per_indicator.noemer)
                as decimal(18, 4)
            )
        end as waarde
    from per_indicator
    left join namen
        on per_indicator.niveau = namen.niveau and per_indicator.gebied = namen.gebied
)

select * from final
