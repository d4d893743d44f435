-- DUO's counts per gemeente on each teldatum: schoolgaand (pupils at schools in the gemeente) and
-- woonachtig (pupils living there), summed over the SWVs that report a part of the gemeente, so a gemeente
-- split over two SWVs counts whole. A row without gemeentecode is matched to dim_gebied by name.
with telling as (
    select * from stg_duo__leerlingen_gemeente
),

gebied as (
    select * from dim_gebied
),

gemeente_namen as (
    select
        lower(gebied.gemeente_naam) as naam_sleutel,
        min(gebied.gemeente_code) as gemeente_code
    from gebied
    group by lower(gebied.gemeente_naam)
),

resolved as (
    select
        telling.*,
        coalesce(telling.gemeente_code, gemeente_namen.gemeente_code) as resolved_gemeente_code
    from telling
    left join gemeente_namen
        on lower(telling.gemeente_naam) = gemeente_namen.naam_sleutel
),

final as (
    select
        -- ids
        resolved.resolved_gemeente_code as gemeente_code,
        resolved.teldatum as teldatum,
        schooljaar(resolved.teldatum) as schooljaar,
        -- attributes
        max(resolved.gemeente_naam) as gemeente_naam,
        count(*) as swv_delen,
        -- measures
        sum(resolved.schoolgaand_bao) as schoolgaand_bao,
        sum(resolved.schoolgaand_sbo) as schoolgaand_sbo,
        sum(resolved.woonachtig_bao) as woonachtig_bao,
        sum(resolved.woonachtig_sbo) as woonachtig_sbo,
        sum(resolved.so_cat1) as so_cat1,
        sum(resolved.so_cat2) as so_cat2,
        sum(resolved.so_cat3) as so_cat3
    from resolved
    where resolved.resolved_gemeente_code is not null
    group by resolved.resolved_gemeente_code, resolved.teldatum
)

select * from final
