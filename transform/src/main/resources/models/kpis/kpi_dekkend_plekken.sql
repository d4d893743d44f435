-- Dekkend aanbod per ondersteuningsbehoefte and stadsdeel, per schooljaar: capacity of the voorzieningen
-- (noemer) against demand = placed + waiting (teller); waarde = capaciteit - vraag, negative is a gap.
-- Each voorziening counts with its latest peildatum in the schooljaar. Every stadsdeel x behoefte the SWV
-- ever had a voorziening for gets a cell in every schooljaar it delivered voorzieningen (0 when none).
-- Totals over all behoeften (uitsplitsing '') per stadsdeel and per SWV; a surplus for one behoefte then
-- hides a gap for another, so the cells are the figure to act on.
with voorzieningen as (
    select * from fct_voorziening_capaciteit
    where fct_voorziening_capaciteit.swv_code is not null and fct_voorziening_capaciteit.is_laatste_in_schooljaar
),

jaren as (
    select distinct
        voorzieningen.swv_code,
        voorzieningen.schooljaar
    from voorzieningen
),

stadsdelen as (
    select
        voorzieningen.swv_code,
        voorzieningen.stadsdeel_code,
        max(voorzieningen.stadsdeel_naam) as stadsdeel_naam
    from voorzieningen
    group by voorzieningen.swv_code, voorzieningen.stadsdeel_code
),

behoeften as (
    select distinct
        voorzieningen.swv_code,
        voorzieningen.ondersteuningsbehoefte
    from voorzieningen
),

cellen as (
    select
        jaren.swv_code,
        jaren.schooljaar,
        stadsdelen.stadsdeel_code,
        stadsdelen.stadsdeel_naam,
        behoeften.ondersteuningsbehoefte
    from jaren
    inner join stadsdelen
        on jaren.swv_code = stadsdelen.swv_code
    inner join behoeften
        on jaren.swv_code = behoeften.swv_code
),

per_cel as (
    select
        voorzieningen.schooljaar,
        voorzieningen.stadsdeel_code,
        voorzieningen.ondersteuningsbehoefte,
        sum(voorzieningen.capaciteit) as capaciteit,
        sum(voorzieningen.vraag) as vraag
    from voorzieningen
    group by voorzieningen.schooljaar, voorzieningen.stadsdeel_code, voorzieningen.ondersteuningsbehoefte
),

cel_waarden as (
    select
        cellen.swv_code,
        cellen.schooljaar,
        cellen.stadsdeel_code,
        cellen.stadsdeel_naam,
        cellen.ondersteuningsbehoefte,
        coalesce(per_cel.vraag, 0) as vraag,
        coalesce(per_cel.capaciteit, 0) as capaciteit
    from cellen
    left join per_cel
        on
            cellen.schooljaar = per_cel.schooljaar
            and cellen.stadsdeel_code = per_cel.stadsdeel_code
            and cellen.ondersteuningsbehoefte = per_cel.ondersteuningsbehoefte
),

-- the cells, plus totals over all behoeften ('') per stadsdeel and per SWV
per_gebied as (
    select
        'stadsdeel' as niveau,
        cel_waarden.stadsdeel_code as gebied,
        cel_waarden.stadsdeel_naam as gebied_naam,
        cel_waarden.schooljaar,
        cel_waarden.ondersteuningsbehoefte as uitsplitsing,
        cel_waarden.vraag,
        cel_waarden.capaciteit
    from cel_waarden
    union all
    select
        'stadsdeel' as niveau,
        cel_waarden.stadsdeel_code as gebied,
        max(cel_waarden.stadsdeel_naam) as gebied_naam,
        cel_waarden.schooljaar,
        '' as uitsplitsing,
        sum(cel_waarden.vraag) as vraag,
        sum(cel_waarden.capaciteit) as capaciteit
    from cel_waarden
    group by cel_waarden.schooljaar, cel_waarden.stadsdeel_code
    union all
    select
        'swv' as niveau,
        cel_waarden.swv_code as gebied,
        cast(null as string) as gebied_naam,
        cel_waarden.schooljaar,
        cel_waarden.ondersteuningsbehoefte as uitsplitsing,
        sum(cel_waarden.vraag) as vraag,
        sum(cel_waarden.capaciteit) as capaciteit
    from cel_waarden
    group by cel_waarden.schooljaar, cel_waarden.swv_code, cel_waarden.ondersteuningsbehoefte
    union all
    select
        'swv' as niveau,
        cel_waarden.swv_code as gebied,
        cast(null as string) as gebied_naam,
        cel_waarden.schooljaar,
        '' as uitsplitsing,
        sum(cel_waarden.vraag) as vraag,
        sum(cel_waarden.capaciteit) as capaciteit
    from cel_waarden
    group by cel_waarden.schooljaar, cel_waarden.swv_code
),

final as (
    select
        -- ids
        'dekkend_plekken' as indicator,
        per_gebied.schooljaar as periode,
        per_gebied.niveau as niveau,
        per_gebied.gebied as gebied,
        per_gebied.gebied_naam as gebied_naam,
        per_gebied.uitsplitsing as uitsplitsing,
        -- measures: demand in pupils, capacity in places; waarde = capaciteit - vraag
        cast(per_gebied.vraag as decimal(18, 4)) as teller,
        cast(per_gebied.capaciteit as decimal(18, 4)) as noemer,
        cast(per_gebied.capaciteit - per_gebied.vraag as decimal(18, 4)) as waarde
    from per_gebied
)

select * from final
