-- The own SWV among all SWVs (the benchmark page): per periode, deelname indicator and SWV of DUO's national
-- per-SWV file (duo_leerlingen_swv) the SWV's figure from kpi_deelname (the one definition of the percentages), its
-- size (BaO + SBO pupils, kpi_deelname's noemer), its size class (grootteklasse: the SWVs of the periode in five
-- groups by size, 1 = the smallest fifth, ties by code), its place among all SWVs and within its size class
-- (ascending by waarde: place 1 has the lowest value; equal values share a place), the median of all and of its
-- size class, and the landelijk figure computed from all SWVs (sum of tellers / sum of noemers, rounded half-up to
-- two decimals as kpi_deelname does) beside DUO's published one (kpi_national). SWVs counted only from the
-- schoolgaand fallback of fct_leerlingtelling_swv are not part of it. Exact figures: only the dashboard's privacy
-- layer (toegang.Figures) reads them.
with deelname as (
    select * from kpi_deelname
),

telling as (
    select * from fct_leerlingtelling_swv
    where bron = 'duo_leerlingen_swv'
),

national as (
    select * from kpi_national
),

-- every SWV of DUO's file once per periode, in five size classes
grootte as (
    select
        telling.schooljaar as periode,
        telling.swv_code,
        telling.bao_sbo as grootte,
        ntile(5) over (partition by telling.schooljaar order by telling.bao_sbo, telling.swv_code) as grootteklasse
    from telling
),

per_swv as (
    select
        deelname.periode,
        deelname.indicator,
        deelname.gebied as swv_code,
        deelname.teller,
        deelname.noemer,
        deelname.waarde,
        grootte.grootte,
        grootte.grootteklasse
    from deelname
    inner join grootte
        on deelname.periode = grootte.periode and deelname.gebied = grootte.swv_code
    where deelname.niveau = 'swv'
),

-- places and positions among the SWVs with a value (an SWV without pupils has none)
ordered as (
    select
        per_swv.*,
        rank() over (partition by per_swv.periode, per_swv.indicator order by per_swv.waarde) as rang,
        count(*) over (partition by per_swv.periode, per_swv.indicator) as aantal,
        row_number() over (partition by per_swv.periode, per_swv.indicator order by per_swv.waarde, per_swv.swv_code) as positie,
        rank() over (partition by per_swv.periode, per_swv.indicator, per_swv.grootteklasse order by per_swv.waarde)
            as rang_grootteklasse,
        count(*) over (partition by per_swv.periode, per_swv.indicator, per_swv.grootteklasse) as aantal_grootteklasse,
        row_number() over (
            partition by per_swv.periode, per_swv.indicator, per_swv.grootteklasse order by per_swv.waarde, per_swv.swv_code
        ) as positie_grootteklasse
    from per_swv
    where per_swv.waarde is not null
),

-- the median: the middle value, or the mean of the two middle values, rounded half-up to two decimals
mediaan as (
    select
        ordered.periode,
        ordered.indicator,
        cast(round(avg(ordered.waarde), 2) as decimal(18, 4)) as mediaan
    from ordered
    where ordered.positie in ((ordered.aantal + 1) div 2, (ordered.aantal + 2) div 2)
    group by ordered.periode, ordered.indicator
),

mediaan_grootteklasse as (
    select
        ordered.periode,
        ordered.indicator,
        ordered.grootteklasse,
        cast(round(avg(ordered.waarde), 2) as decimal(18, 4)) as mediaan_grootteklasse
    from ordered
    where ordered.positie_grootteklasse
        in ((ordered.aantal_grootteklasse + 1) div 2, (ordered.aantal_grootteklasse + 2) div 2)
    group by ordered.periode, ordered.indicator, ordered.grootteklasse
),

landelijk as (
    select
        per_swv.periode,
        per_swv.indicator,
        sum(per_swv.teller) as landelijk_teller,
        sum(per_swv.noemer) as landelijk_noemer
    from per_swv
    group by per_swv.periode, per_swv.indicator
),

final as (
    select
        -- ids
        per_swv.periode as periode,
        per_swv.indicator as indicator,
        per_swv.swv_code as swv_code,
        -- measures of the SWV
        cast(per_swv.teller as decimal(18, 4)) as teller,
        cast(per_swv.noemer as decimal(18, 4)) as noemer,
        cast(per_swv.waarde as decimal(18, 4)) as waarde,
        cast(per_swv.grootte as int) as grootte,
        cast(per_swv.grootteklasse as int) as grootteklasse,
        -- its place
        cast(ordered.rang as int) as rang,
        cast(ordered.aantal as int) as aantal,
        cast(ordered.rang_grootteklasse as int) as rang_grootteklasse,
        cast(ordered.aantal_grootteklasse as int) as aantal_grootteklasse,
        -- the others
        mediaan.mediaan as mediaan,
        mediaan_grootteklasse.mediaan_grootteklasse as mediaan_grootteklasse,
        cast(landelijk.landelijk_teller as decimal(18, 4)) as landelijk_teller,
        cast(landelijk.landelijk_noemer as decimal(18, 4)) as landelijk_noemer,
        cast(
            procent(landelijk.landelijk_teller, landelijk.landelijk_noemer)
            as decimal(18, 4)
        ) as landelijk_waarde,
        national.waarde as landelijk_duo
    from per_swv
    left join ordered
        on per_swv.periode = ordered.periode and per_swv.indicator = ordered.indicator and per_swv.swv_code = ordered.swv_code
    left join mediaan
        on per_swv.periode = mediaan.periode and per_swv.indicator = mediaan.indicator
    left join mediaan_grootteklasse
        on
            per_swv.periode = mediaan_grootteklasse.periode
            and per_swv.indicator = mediaan_grootteklasse.indicator
            and per_swv.grootteklasse = mediaan_grootteklasse.grootteklasse
    inner join landelijk
        on per_swv.periode = landelijk.periode and per_swv.indicator = landelijk.indicator
    left join national
        on per_swv.periode = national.periode and per_swv.indicator = national.indicator
)

select * from final
