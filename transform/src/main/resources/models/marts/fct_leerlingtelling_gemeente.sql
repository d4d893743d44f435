-- DUO's counts per gemeente on each teldatum: schoolgaand (pupils at schools in the gemeente) and
-- woonachtig (pupils living there), summed over the SWVs that report a part of the gemeente, so a gemeente
-- split over two SWVs counts whole. Rows are placed by int_duo_gemeente__located (code, else name); a row
-- it cannot place is not counted here and is reported on Datakwaliteit instead.
with telling as (
    select * from int_duo_gemeente__located
),

final as (
    select
        -- ids
        telling.gemeente_code as gemeente_code,
        telling.teldatum as teldatum,
        schooljaar(telling.teldatum) as schooljaar,
        -- attributes
        max(telling.gemeente_naam) as gemeente_naam,
        count(*) as swv_delen,
        -- measures
        sum(telling.schoolgaand_bao) as schoolgaand_bao,
        sum(telling.schoolgaand_sbo) as schoolgaand_sbo,
        sum(telling.woonachtig_bao) as woonachtig_bao,
        sum(telling.woonachtig_sbo) as woonachtig_sbo,
        sum(telling.so_cat1) as so_cat1,
        sum(telling.so_cat2) as so_cat2,
        sum(telling.so_cat3) as so_cat3
    from telling
    where telling.gemeente_code is not null
    group by telling.gemeente_code, telling.teldatum
)

select * from final
