-- Per gemeente, from DUO's counts per gemeente: SO and SBO participation by place of residence (SO resp.
-- SBO pupils living in the gemeente / BaO + SBO pupils living there) and schoolgaand against woonachtig (BaO + SBO pupils at
-- schools in the gemeente / BaO + SBO pupils living there), both x 100, two decimals.
with telling as (
    select * from fct_leerlingtelling_gemeente
),

per_indicator as (
    select
        telling.schooljaar,
        telling.gemeente_code,
        telling.gemeente_naam,
        ids.indicator,
        case ids.indicator
            when 'deelname_so_woonplaats' then telling.so_cat1 + telling.so_cat2 + telling.so_cat3
            when 'deelname_sbo_woonplaats' then telling.woonachtig_sbo
            when 'schoolgaand_woonachtig' then telling.schoolgaand_bao + telling.schoolgaand_sbo
        end as leerlingen,
        case ids.indicator
            when 'deelname_so_woonplaats' then telling.woonachtig_bao + telling.woonachtig_sbo
            when 'deelname_sbo_woonplaats' then telling.woonachtig_bao + telling.woonachtig_sbo
            when 'schoolgaand_woonachtig' then telling.woonachtig_bao + telling.woonachtig_sbo
        end as woonachtig
    from telling
    cross join (values ('deelname_so_woonplaats'), ('deelname_sbo_woonplaats'), ('schoolgaand_woonachtig'))
        as ids (indicator)
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.schooljaar as periode,
        'gemeente' as niveau,
        cast(per_indicator.gemeente_code as string) as gebied,
        cast(per_indicator.gemeente_naam as string) as gebied_naam,
        '' as uitsplitsing,
        -- measures
        cast(per_indicator.leerlingen as decimal(18, 4)) as teller,
        cast(per_indicator.woonachtig as decimal(18, 4)) as noemer,
        cast(
            procent(per_indicator.leerlingen, per_indicator.woonachtig)
            as decimal(18, 4)
        ) as waarde
    from per_indicator
)

select * from final
