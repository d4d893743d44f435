-- The coverage matrix for the heat map of dekkend aanbod: per schooljaar, stadsdeel and
-- ondersteuningsbehoefte the capacity, placed and waiting pupils, demand and the gap, with every gap named
-- in Dutch. The cells and their balance are those of the indicator dekkend_plekken (vraag = teller,
-- capaciteit = noemer, tekort = -waarde when negative); this model only adds the split and the text.
with plekken as (
    select * from kpi_dekkend_plekken
    where kpi_dekkend_plekken.niveau = 'stadsdeel' and kpi_dekkend_plekken.uitsplitsing <> ''
),

voorzieningen as (
    select * from fct_voorziening_capaciteit
    where fct_voorziening_capaciteit.swv_code is not null and fct_voorziening_capaciteit.is_laatste_in_schooljaar
),

stadsdelen as (
    select
        voorzieningen.stadsdeel_code,
        max(voorzieningen.swv_code) as swv_code,
        max(voorzieningen.is_stadsdeel) as is_stadsdeel
    from voorzieningen
    group by voorzieningen.stadsdeel_code
),

per_cel as (
    select
        voorzieningen.schooljaar,
        voorzieningen.stadsdeel_code,
        voorzieningen.ondersteuningsbehoefte,
        sum(voorzieningen.bezetting) as bezetting,
        sum(voorzieningen.wachtlijst) as wachtlijst
    from voorzieningen
    group by voorzieningen.schooljaar, voorzieningen.stadsdeel_code, voorzieningen.ondersteuningsbehoefte
),

cellen as (
    select
        plekken.periode,
        stadsdelen.swv_code,
        plekken.gebied as stadsdeel_code,
        plekken.gebied_naam as stadsdeel_naam,
        stadsdelen.is_stadsdeel,
        plekken.uitsplitsing as ondersteuningsbehoefte,
        plekken.noemer as capaciteit,
        coalesce(per_cel.bezetting, 0) as bezetting,
        coalesce(per_cel.wachtlijst, 0) as wachtlijst,
        plekken.teller as vraag,
        greatest(-plekken.waarde, 0) as tekort
    from plekken
    inner join stadsdelen
        on plekken.gebied = stadsdelen.stadsdeel_code
    left join per_cel
        on
            plekken.periode = per_cel.schooljaar
            and plekken.gebied = per_cel.stadsdeel_code
            and plekken.uitsplitsing = per_cel.ondersteuningsbehoefte
),

final as (
    select
        -- ids
        cellen.periode as periode,
        cellen.swv_code as swv_code,
        cellen.stadsdeel_code as stadsdeel_code,
        cellen.stadsdeel_naam as stadsdeel_naam,
        cellen.is_stadsdeel as is_stadsdeel,
        cellen.ondersteuningsbehoefte as ondersteuningsbehoefte,
        -- measures: places and pupils
        cast(cellen.capaciteit as decimal(18, 4)) as capaciteit,
        cast(cellen.bezetting as decimal(18, 4)) as bezetting,
        cast(cellen.wachtlijst as decimal(18, 4)) as wachtlijst,
        cast(cellen.vraag as decimal(18, 4)) as vraag,
        cast(cellen.tekort as decimal(18, 4)) as tekort,
        -- the gap in words, e.g. "Tekort van 6 plekken voor gedrag in stadsdeel Noord"
        case
            when cellen.tekort > 0
                then concat(
                    'Tekort van ', cast(cast(cellen.tekort as bigint) as string),
                    case when cellen.tekort = 1 then ' plek' else ' plekken' end,
                    ' voor ',
                    case cellen.ondersteuningsbehoefte
                        when 'taal_spraak' then 'taal en spraak'
                        when 'onderwijs_zorg' then 'onderwijs en zorg'
                        when 'jonge_kind' then 'het jonge kind'
                        else replace(cellen.ondersteuningsbehoefte, '_', ' ')
                    end,
                    case when cellen.is_stadsdeel then ' in stadsdeel ' else ' in gemeente ' end,
                    coalesce(cellen.stadsdeel_naam, cellen.stadsdeel_code)
                )
        end as signalering,
        -- privacy: as kpi_values, a cell with 1 to 4 pupils (or places) is hidden from aggregate roles
        (cellen.vraag > 0 and cellen.vraag < 5) or (cellen.capaciteit > 0 and cellen.capaciteit < 5) as onderdrukt
    from cellen
)

select * from final
