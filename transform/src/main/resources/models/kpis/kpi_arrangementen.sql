-- arrangementen_aantal: the arrangements running on the peildatum (1 February) of each schooljaar, by
-- soort (uitsplitsing; '' = all), counted where they are given: the vestiging and its wijk, stadsdeel,
-- gemeente and SWV on the peildatum. Only cells with at least one arrangement get a row.
with periode as (
    select * from dim_periode
),

arrangement as (
    select * from fct_arrangement
),

vestiging as (
    select * from dim_vestiging
),

lopend as (
    select
        periode.schooljaar,
        -- arrangement ids are unique per delivering SWV (null: a flat inbox)
        concat(coalesce(arrangement.aanlever_swv_code, ''), '/', arrangement.arrangement_id) as arrangement_sleutel,
        arrangement.soort,
        arrangement.vestiging,
        vestiging.wijk_code,
        vestiging.stadsdeel_code,
        vestiging.gemeente_code,
        vestiging.swv_code
    from arrangement
    inner join periode
        on
            arrangement.begindatum <= periode.peildatum
            and (arrangement.einddatum is null or arrangement.einddatum >= periode.peildatum)
    left join vestiging
        on
            arrangement.vestiging = vestiging.vestiging
            and periode.peildatum between vestiging.valid_from and vestiging.valid_to
),

-- every arrangement once per level (a cross join with the levels, so the input is computed once)
per_gebied as (
    select
        lopend.schooljaar,
        lopend.arrangement_sleutel,
        lopend.soort,
        levels.niveau,
        case levels.niveau
            when 'swv' then lopend.swv_code
            when 'stadsdeel' then lopend.stadsdeel_code
            when 'wijk' then lopend.wijk_code
            when 'gemeente' then lopend.gemeente_code
            when 'vestiging' then lopend.vestiging
        end as gebied
    from lopend
    cross join (values ('swv'), ('stadsdeel'), ('wijk'), ('gemeente'), ('vestiging')) as levels (niveau)
),

counted as (
    select
        per_gebied.schooljaar,
        per_gebied.niveau,
        per_gebied.gebied,
        coalesce(per_gebied.soort, '') as uitsplitsing,
        count(distinct per_gebied.arrangement_sleutel) as arrangementen
    from per_gebied
    where per_gebied.gebied is not null
    group by grouping sets (
        (per_gebied.schooljaar, per_gebied.niveau, per_gebied.gebied, per_gebied.soort),
        (per_gebied.schooljaar, per_gebied.niveau, per_gebied.gebied)
    )
),

final as (
    select
        -- ids
        'arrangementen_aantal' as indicator,
        counted.schooljaar as periode,
        counted.niveau as niveau,
        cast(counted.gebied as string) as gebied,
        cast(null as string) as gebied_naam,
        counted.uitsplitsing as uitsplitsing,
        -- measures: a count is its own waarde
        cast(counted.arrangementen as decimal(18, 4)) as teller,
        cast(null as decimal(18, 4)) as noemer,
        cast(counted.arrangementen as decimal(18, 4)) as waarde
    from counted
)

select * from final
