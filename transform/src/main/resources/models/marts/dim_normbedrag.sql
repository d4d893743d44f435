-- The bekostiging parameters of a schooljaar side by side, one column per parameter. A parameter missing
-- from the file stays null here, so an amount that needs it has no value (never 0). The vereveningsbedrag
-- is specific to one samenwerkingsverband: the file carries no SWV code, so it belongs to the SWV that
-- delivered it (a national inbox: one row per schooljaar per SWV), else to the installation's own SWV
-- (int_swv__eigen_bepaald).
with parameters as (
    select * from stg_normbedragen__parameters
),

eigen_swv as (
    select * from int_swv__eigen_bepaald
),

pivoted as (
    select
        coalesce(parameters.aanlever_swv_code, eigen_swv.swv_code) as swv_code,
        parameters.schooljaar,
        max(case when parameters.parameter = 'lichte_per_bao' then parameters.waarde end) as lichte_per_bao,
        max(case when parameters.parameter = 'zware_per_bao_sbo' then parameters.waarde end) as zware_per_bao_sbo,
        max(case when parameters.parameter = 'so_cat1_lt8' then parameters.waarde end) as so_cat1_lt8,
        max(case when parameters.parameter = 'so_cat1_ge8' then parameters.waarde end) as so_cat1_ge8,
        max(case when parameters.parameter = 'so_cat2_lt8' then parameters.waarde end) as so_cat2_lt8,
        max(case when parameters.parameter = 'so_cat2_ge8' then parameters.waarde end) as so_cat2_ge8,
        max(case when parameters.parameter = 'so_cat3_lt8' then parameters.waarde end) as so_cat3_lt8,
        max(case when parameters.parameter = 'so_cat3_ge8' then parameters.waarde end) as so_cat3_ge8,
        max(case when parameters.parameter = 'sbo_per_leerling' then parameters.waarde end) as sbo_per_leerling,
        max(case when parameters.parameter = 'vereveningsbedrag' then parameters.waarde end) as vereveningsbedrag,
        max(case when parameters.parameter = 'verevening_pct' then parameters.waarde end) as verevening_pct
    from parameters
    left join eigen_swv
        on true
    group by coalesce(parameters.aanlever_swv_code, eigen_swv.swv_code), parameters.schooljaar
),

final as (
    select
        -- ids
        pivoted.schooljaar as schooljaar,
        -- attributes
        pivoted.swv_code as verevening_swv_code,
        -- measures: euros per pupil
        pivoted.lichte_per_bao as lichte_per_bao,
        pivoted.zware_per_bao_sbo as zware_per_bao_sbo,
        pivoted.so_cat1_lt8 as so_cat1_lt8,
        pivoted.so_cat1_ge8 as so_cat1_ge8,
        pivoted.so_cat2_lt8 as so_cat2_lt8,
        pivoted.so_cat2_ge8 as so_cat2_ge8,
        pivoted.so_cat3_lt8 as so_cat3_lt8,
        pivoted.so_cat3_ge8 as so_cat3_ge8,
        pivoted.sbo_per_leerling as sbo_per_leerling,
        -- measures: verevening of the own SWV (euros, percent as 90 for 90 %)
        pivoted.vereveningsbedrag as vereveningsbedrag,
        pivoted.verevening_pct as verevening_pct
    from pivoted
)

select * from final
