-- The pupil count of each SWV on each teldatum: DUO's own count per samenwerkingsverband where it was
-- delivered, else the schoolgaand count (BaO and SBO pupils at vestigingen located in the SWV, from
-- fct_leerlingtelling_vestiging). The schoolgaand count has no SO categorie, so SO stays empty there.
with telling as (
    select * from stg_duo__leerlingen_swv
),

vestiging_telling as (
    select * from fct_leerlingtelling_vestiging
),

duo as (
    select
        telling.swv_code,
        telling.teldatum,
        telling.bao,
        telling.sbo,
        coalesce(telling.so_cat1, 0) as so_cat1,
        coalesce(telling.so_cat2, 0) as so_cat2,
        coalesce(telling.so_cat3, 0) as so_cat3,
        'duo_leerlingen_swv' as bron
    from telling
),

schoolgaand as (
    select
        vestiging_telling.swv_code,
        vestiging_telling.teldatum,
        cast(coalesce(sum(case when vestiging_telling.soort = 'BAO' then vestiging_telling.leerlingen end), 0) as int)
            as bao,
        cast(coalesce(sum(case when vestiging_telling.soort = 'SBO' then vestiging_telling.leerlingen end), 0) as int)
            as sbo,
        cast(null as int) as so_cat1,
        cast(null as int) as so_cat2,
        cast(null as int) as so_cat3,
        'duo_leerlingen_vestiging' as bron
    from vestiging_telling
    left anti join duo
        on vestiging_telling.swv_code = duo.swv_code and vestiging_telling.teldatum = duo.teldatum
    where vestiging_telling.swv_code is not null and vestiging_telling.soort in ('BAO', 'SBO')
    group by vestiging_telling.swv_code, vestiging_telling.teldatum
),

both_sources as (
    select * from duo
    union all
    select * from schoolgaand
),

final as (
    select
        -- ids
        both_sources.swv_code as swv_code,
        both_sources.teldatum as teldatum,
        schooljaar(both_sources.teldatum) as schooljaar,
        -- attributes
        both_sources.bron as bron,
        -- measures
        both_sources.bao as bao,
        both_sources.sbo as sbo,
        both_sources.so_cat1 as so_cat1,
        both_sources.so_cat2 as so_cat2,
        both_sources.so_cat3 as so_cat3,
        both_sources.bao + both_sources.sbo as bao_sbo
    from both_sources
)

select * from final
