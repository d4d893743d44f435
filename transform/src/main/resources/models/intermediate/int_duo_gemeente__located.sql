-- Every row of DUO's count per gemeente with the gemeente it belongs to: by its gemeentecode, else by its
-- name as a key (gemeente_sleutel: DUO writes a gemeente split over SWVs as "Naam (postcodes 1234 en
-- 5678)", and 's-Hertogenbosch as 'S-HERTOGENBOSCH or S HERTOGENBOSCH) matched to exactly one gemeente of
-- the gebieden file. A row that matches none (or several) keeps an empty gemeente_code: it is not counted
-- per gemeente and serving reports it on Datakwaliteit (quarantine_reasons), never dropped silently.
with telling as (
    select * from stg_duo__leerlingen_gemeente
),

gebieden as (
    select * from stg_gebieden__gebieden
),

gemeenten as (
    select
        gebieden.gemeente_code,
        max(gebieden.gemeente_naam) as gemeente_naam
    from gebieden
    group by gebieden.gemeente_code
),

namen as (
    select
        gemeente_sleutel(gemeenten.gemeente_naam) as sleutel,
        min(gemeenten.gemeente_code) as gemeente_code,
        count(*) as gemeenten
    from gemeenten
    group by gemeente_sleutel(gemeenten.gemeente_naam)
),

final as (
    select
        -- ids
        telling.swv_code as swv_code,
        telling.teldatum as teldatum,
        coalesce(telling.gemeente_code, case when namen.gemeenten = 1 then namen.gemeente_code end)
            as gemeente_code,
        -- attributes
        case
            when telling.gemeente_code is not null then 'code'
            when namen.gemeenten = 1 then 'naam'
        end as bepaald_uit,
        coalesce(
            gemeenten.gemeente_naam,
            trim(regexp_replace(telling.gemeente_naam, '(?i)[(][^)]*postcode[^)]*[)]', ''))
        ) as gemeente_naam,
        telling.gemeente_naam as duo_gemeente_naam,
        -- measures
        telling.schoolgaand_bao as schoolgaand_bao,
        telling.schoolgaand_sbo as schoolgaand_sbo,
        telling.woonachtig_bao as woonachtig_bao,
        telling.woonachtig_sbo as woonachtig_sbo,
        telling.so_cat1 as so_cat1,
        telling.so_cat2 as so_cat2,
        telling.so_cat3 as so_cat3,
        -- lineage
        telling.bestand as bestand,
        telling.rij as rij
    from telling
    left join namen
        on telling.gemeente_code is null and gemeente_sleutel(telling.gemeente_naam) = namen.sleutel
    left join gemeenten
        on coalesce(telling.gemeente_code, case when namen.gemeenten = 1 then namen.gemeente_code end)
        = gemeenten.gemeente_code
)

select * from final
