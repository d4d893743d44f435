-- Dekkend aanbod per ondersteuningsbehoefte and stadsdeel, per schooljaar: capacity of the voorzieningen
-- (noemer) against demand = placed + waiting (teller); waarde = capaciteit - vraag, negative is a gap.
-- Each voorziening counts with its latest peildatum in the schooljaar. Every stadsdeel x behoefte the SWV
-- ever had a voorziening for gets a cell in every schooljaar it delivered voorzieningen (0 when none).
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

final as (
    select
        -- ids
        'dekkend_plekken' as indicator,
        cellen.schooljaar as periode,
        'stadsdeel' as niveau,
        cellen.stadsdeel_code as gebied,
        cellen.stadsdeel_naam as gebied_naam,
        cellen.ondersteuningsbehoefte as uitsplitsing,
        -- measures: demand in pupils, capacity in places; waarde = capaciteit - vraag
        cast(coalesce(per_cel.vraag, 0) as decimal(18, 4)) as teller,
        cast(coalesce(per_cel.capaciteit, 0) as decimal(18, 4)) as noemer,
        cast(coalesce(per_cel.capaciteit, 0) - coalesce(per_cel.vraag, 0) as decimal(18, 4)) as waarde
    from cellen
    left join per_cel
        on
            cellen.schooljaar = per_cel.schooljaar
            and cellen.stadsdeel_code = per_cel.stadsdeel_code
            and cellen.ondersteuningsbehoefte = per_cel.ondersteuningsbehoefte
)

select * from final
