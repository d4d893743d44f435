-- Every thuiszitter melding placed in the SWV of the pupil's gemeente. A melding knows only the gemeente:
-- a gemeente with a whole-gemeente row in gebieden belongs to that SWV. A gemeente described only by
-- postcode rows (split over SWVs) cannot be split, since the melding has no postcode: it counts for the
-- SWV(s) the gebieden file is about (those with whole-gemeente rows) that cover part of it, and only when
-- none of them does, for every SWV that covers part of it.
-- In a national lake (aanlever_swv_code filled) a melding is the registration of the SWV that delivered it:
-- it counts only where it lands in that SWV (or nowhere known), never for a neighbour that delivers its own
-- meldingen; so each SWV's rows are those of its own single-SWV run.
with meldingen as (
    select * from stg_thuiszitters__meldingen
),

gebieden as (
    select * from stg_gebieden__thz
),

gemeente_swv as (
    select
        gebieden.gemeente_code,
        max(gebieden.gemeente_naam) as gemeente_naam,
        coalesce(
            collect_set(case when gebieden.postcode is null then gebieden.swv_code end),
            array()
        ) as swv_gemeente,
        collect_set(gebieden.swv_code) as swv_alle
    from gebieden
    group by gebieden.gemeente_code
),

eigen_swv as (
    select collect_set(gebieden.swv_code) as swv_codes
    from gebieden
    where gebieden.postcode is null
),

swv_per_gemeente as (
    select
        gemeente_swv.gemeente_code,
        gemeente_swv.gemeente_naam,
        explode(
            case
                when size(gemeente_swv.swv_gemeente) > 0 then gemeente_swv.swv_gemeente
                when size(array_intersect(gemeente_swv.swv_alle, eigen_swv.swv_codes)) > 0
                    then array_intersect(gemeente_swv.swv_alle, eigen_swv.swv_codes)
                else gemeente_swv.swv_alle
            end
        ) as swv_code,
        size(gemeente_swv.swv_gemeente) = 0 and size(gemeente_swv.swv_alle) > 1 as is_gedeelde_gemeente
    from gemeente_swv
    cross join eigen_swv
),

final as (
    select
        -- ids
        meldingen.melding_id as melding_id,
        swv_per_gemeente.swv_code as swv_code,
        meldingen.aanlever_swv_code as aanlever_swv_code,
        meldingen.leerling_id as leerling_id,
        meldingen.gemeente_code as gemeente_code,
        -- attributes
        swv_per_gemeente.gemeente_naam as gemeente_naam,
        coalesce(swv_per_gemeente.is_gedeelde_gemeente, false) as is_gedeelde_gemeente,
        meldingen.categorie as categorie,
        meldingen.vrijstelling_artikel as vrijstelling_artikel,
        meldingen.reden as reden,
        meldingen.oplossing as oplossing,
        meldingen.is_gemeld_leerplicht as is_gemeld_leerplicht,
        -- dates
        meldingen.begindatum as begindatum,
        meldingen.einddatum as einddatum
    from meldingen
    left join swv_per_gemeente
        on meldingen.gemeente_code = swv_per_gemeente.gemeente_code
    where
        meldingen.aanlever_swv_code is null
        or swv_per_gemeente.swv_code is null
        or swv_per_gemeente.swv_code = meldingen.aanlever_swv_code
)

select * from final
