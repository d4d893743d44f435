-- The DUO deelnamepercentages: pupils in SBO resp. SO (per categorie and in total) on the teldatum,
-- divided by all BaO + SBO pupils of the SWV, times 100, rounded half-up to two decimals.
with telling as (
    select * from fct_leerlingtelling_swv
),

counts as (
    select
        telling.swv_code,
        telling.schooljaar,
        telling.bao_sbo,
        telling.sbo,
        telling.so_cat1,
        telling.so_cat2,
        telling.so_cat3,
        telling.so_cat1 + telling.so_cat2 + telling.so_cat3 as so
    from telling
),

per_indicator as (
    select
        counts.swv_code,
        counts.schooljaar,
        counts.bao_sbo,
        ids.indicator,
        case ids.indicator
            when 'deelname_sbo' then counts.sbo
            when 'deelname_so' then counts.so
            when 'deelname_so_cat1' then counts.so_cat1
            when 'deelname_so_cat2' then counts.so_cat2
            when 'deelname_so_cat3' then counts.so_cat3
            when 'deelname_sbo_so' then counts.sbo + counts.so
        end as leerlingen
    from counts
    cross join (
        values
            ('deelname_sbo'),
            ('deelname_so'),
            ('deelname_so_cat1'),
            ('deelname_so_cat2'),
            ('deelname_so_cat3'),
            ('deelname_sbo_so')
    ) as ids (indicator)
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.schooljaar as periode,
        'swv' as niveau,
        per_indicator.swv_code as gebied,
        cast(null as string) as gebied_naam,
        '' as uitsplitsing,
        -- measures
        cast(per_indicator.leerlingen as decimal(18, 4)) as teller,
        cast(per_indicator.bao_sbo as decimal(18, 4)) as noemer,
        cast(
            procent(per_indicator.leerlingen, per_indicator.bao_sbo)
            as decimal(18, 4)
        ) as waarde
    from per_indicator
)

select * from final
