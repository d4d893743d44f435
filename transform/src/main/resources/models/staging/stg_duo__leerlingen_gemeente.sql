-- DUO's pupils per gemeente within the SWV: schoolgaand (by the school's gemeente) and woonachtig (by the
-- pupil's gemeente of residence), with SO pupils by residence.
with source as (
    select * from raw_duo_leerlingen_gemeente
),

final as (
    select
        -- ids
        upper(trim(source.swv_code)) as swv_code,
        source.teldatum as teldatum,
        source.gemeente_code as gemeente_code,
        -- attributes
        trim(source.gemeente_naam) as gemeente_naam,
        -- measures
        source.schoolgaand_bao as schoolgaand_bao,
        source.schoolgaand_sbo as schoolgaand_sbo,
        source.woonachtig_bao as woonachtig_bao,
        source.woonachtig_sbo as woonachtig_sbo,
        source.so_cat1 as so_cat1,
        source.so_cat2 as so_cat2,
        source.so_cat3 as so_cat3,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
