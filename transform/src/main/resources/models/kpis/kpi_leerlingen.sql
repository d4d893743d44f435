-- Schoolgaand pupils: BaO resp. SBO pupils on the teldatum at vestigingen located in the area, at every
-- level (swv, stadsdeel, wijk, gemeente, bestuur, vestiging). Only vestigingen that lie in an SWV of the
-- gebieden file count; each is placed by its register version valid on the teldatum.
with telling as (
    select * from fct_leerlingtelling_vestiging
),

placed as (
    select
        telling.*,
        case when telling.soort = 'BAO' then telling.leerlingen end as bao,
        case when telling.soort = 'SBO' then telling.leerlingen end as sbo
    from telling
    where telling.swv_code is not null and telling.soort in ('BAO', 'SBO')
),

-- every vestiging once per level (a cross join with the levels, so Spark reads placed once)
per_gebied as (
    select
        placed.schooljaar,
        placed.soort,
        placed.bao,
        placed.sbo,
        levels.niveau,
        case levels.niveau
            when 'swv' then cast(placed.swv_code as string)
            when 'stadsdeel' then cast(placed.stadsdeel_code as string)
            when 'wijk' then cast(placed.wijk_code as string)
            when 'gemeente' then cast(placed.gemeente_code as string)
            when 'bestuur' then cast(placed.bevoegd_gezag_nr as string)
            when 'vestiging' then cast(placed.vestiging as string)
        end as gebied,
        case levels.niveau
            when 'swv' then cast(placed.swv_code as string)
            when 'stadsdeel' then cast(placed.stadsdeel_naam as string)
            when 'wijk' then cast(placed.wijk_naam as string)
            when 'gemeente' then cast(placed.gemeente_naam as string)
            when 'bestuur'
                then coalesce(cast(placed.bevoegd_gezag_naam as string), cast(placed.bevoegd_gezag_nr as string))
            when 'vestiging' then cast(placed.naam as string)
        end as gebied_naam
    from placed
    cross join (values ('swv'), ('stadsdeel'), ('wijk'), ('gemeente'), ('bestuur'), ('vestiging')) as levels (niveau)
),

summed as (
    select
        per_gebied.schooljaar,
        per_gebied.niveau,
        per_gebied.gebied,
        coalesce(max(per_gebied.gebied_naam), per_gebied.gebied) as gebied_naam,
        count(case when per_gebied.soort = 'BAO' then 1 end) as bao_vestigingen,
        count(case when per_gebied.soort = 'SBO' then 1 end) as sbo_vestigingen,
        sum(per_gebied.bao) as bao,
        sum(per_gebied.sbo) as sbo
    from per_gebied
    where per_gebied.gebied is not null
    group by per_gebied.schooljaar, per_gebied.niveau, per_gebied.gebied
),

per_indicator as (
    select
        summed.schooljaar,
        summed.niveau,
        summed.gebied,
        summed.gebied_naam,
        ids.indicator,
        case ids.indicator
            when 'leerlingen_bao' then summed.bao_vestigingen
            when 'leerlingen_sbo' then summed.sbo_vestigingen
        end as vestigingen,
        case ids.indicator
            when 'leerlingen_bao' then case when summed.bao_vestigingen = 0 then 0 else summed.bao end
            when 'leerlingen_sbo' then case when summed.sbo_vestigingen = 0 then 0 else summed.sbo end
        end as leerlingen
    from summed
    cross join (values ('leerlingen_bao'), ('leerlingen_sbo')) as ids (indicator)
),

final as (
    select
        -- ids
        per_indicator.indicator as indicator,
        per_indicator.schooljaar as periode,
        per_indicator.niveau as niveau,
        per_indicator.gebied as gebied,
        per_indicator.gebied_naam as gebied_naam,
        '' as uitsplitsing,
        -- measures
        cast(per_indicator.leerlingen as decimal(18, 4)) as teller,
        cast(null as decimal(18, 4)) as noemer,
        cast(per_indicator.leerlingen as decimal(18, 4)) as waarde
    from per_indicator
    -- a vestiging only reports the count of its own soort
    where per_indicator.niveau <> 'vestiging' or per_indicator.vestigingen > 0
)

select * from final
