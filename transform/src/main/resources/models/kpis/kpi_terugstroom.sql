-- Terugstroom naar regulier: pupils whose enrolment at a BaO vestiging starts in the schooljaar (1 August
-- - 31 July) and whose previous enrolment was at an SBO or SO vestiging, per 100 pupils enrolled at SBO and
-- SO vestigingen on the teldatum (1 October) of that schooljaar. Attributed to the S(B)O vestiging the
-- pupil came from (its version on the pupil's last day there), at every level of that vestiging.
with periode as (
    select * from dim_periode
),

inschrijving as (
    select * from fct_inschrijving
),

vestiging as (
    select * from dim_vestiging
),

horizon as (
    select max(greatest(inschrijving.begindatum, coalesce(inschrijving.einddatum, inschrijving.begindatum))) as tot
    from inschrijving
),

jaren as (
    select periode.*
    from periode
    cross join horizon
    where periode.teldatum <= horizon.tot
),

volgorde as (
    select
        inschrijving.leerling_id,
        inschrijving.vestiging,
        inschrijving.begindatum,
        lag(inschrijving.vestiging) over (
            partition by inschrijving.leerling_id order by inschrijving.begindatum, inschrijving.vestiging
        ) as vorige_vestiging,
        lag(coalesce(inschrijving.einddatum, date '9999-12-31')) over (
            partition by inschrijving.leerling_id order by inschrijving.begindatum, inschrijving.vestiging
        ) as vorige_einddatum
    from inschrijving
),

teruggestroomd as (
    select
        jaren.schooljaar,
        volgorde.leerling_id,
        van.vestiging,
        least(volgorde.vorige_einddatum, volgorde.begindatum) as datum,
        'teller' as rol
    from volgorde
    inner join jaren
        on volgorde.begindatum between jaren.begindatum and jaren.einddatum
    inner join vestiging as naar
        on
            volgorde.vestiging = naar.vestiging
            and volgorde.begindatum between naar.valid_from and naar.valid_to
    inner join vestiging as van
        on
            volgorde.vorige_vestiging = van.vestiging
            and least(volgorde.vorige_einddatum, volgorde.begindatum) between van.valid_from and van.valid_to
    where naar.soort = 'BAO' and van.soort in ('SBO', 'SO')
),

op_teldatum as (
    select
        jaren.schooljaar,
        inschrijving.leerling_id,
        inschrijving.vestiging,
        jaren.teldatum as datum,
        'noemer' as rol
    from inschrijving
    inner join jaren
        on
            inschrijving.begindatum <= jaren.teldatum
            and (inschrijving.einddatum is null or inschrijving.einddatum >= jaren.teldatum)
    inner join vestiging
        on
            inschrijving.vestiging = vestiging.vestiging
            and jaren.teldatum between vestiging.valid_from and vestiging.valid_to
    where vestiging.soort in ('SBO', 'SO')
),

rijen as (
    select
        beide.schooljaar,
        beide.leerling_id,
        beide.rol,
        vestiging.vestiging,
        vestiging.naam,
        vestiging.bevoegd_gezag_nr,
        vestiging.bevoegd_gezag_naam,
        vestiging.wijk_code,
        vestiging.wijk_naam,
        vestiging.stadsdeel_code,
        vestiging.stadsdeel_naam,
        vestiging.gemeente_code,
        vestiging.gemeente_naam,
        vestiging.swv_code
    from (
        select * from teruggestroomd
        union all
        select * from op_teldatum
    ) as beide
    inner join vestiging
        on beide.vestiging = vestiging.vestiging and beide.datum between vestiging.valid_from and vestiging.valid_to
),

-- every row once per level of its vestiging (a cross join with the levels, so Spark computes rijen once)
per_gebied as (
    select
        rijen.schooljaar,
        rijen.leerling_id,
        rijen.rol,
        levels.niveau,
        case levels.niveau
            when 'swv' then rijen.swv_code
            when 'stadsdeel' then rijen.stadsdeel_code
            when 'wijk' then rijen.wijk_code
            when 'gemeente' then rijen.gemeente_code
            when 'bestuur' then cast(rijen.bevoegd_gezag_nr as string)
            when 'vestiging' then rijen.vestiging
        end as gebied,
        case levels.niveau
            when 'swv' then rijen.swv_code
            when 'stadsdeel' then rijen.stadsdeel_naam
            when 'wijk' then rijen.wijk_naam
            when 'gemeente' then rijen.gemeente_naam
            when 'bestuur' then rijen.bevoegd_gezag_naam
            when 'vestiging' then rijen.naam
        end as gebied_naam
    from rijen
    cross join (values ('swv'), ('stadsdeel'), ('wijk'), ('gemeente'), ('bestuur'), ('vestiging')) as levels (niveau)
),

counted as (
    select
        per_gebied.schooljaar,
        per_gebied.niveau,
        per_gebied.gebied,
        max(per_gebied.gebied_naam) as gebied_naam,
        count(distinct case when per_gebied.rol = 'teller' then per_gebied.leerling_id end) as teruggestroomd,
        count(distinct case when per_gebied.rol = 'noemer' then per_gebied.leerling_id end) as sbo_so
    from per_gebied
    where per_gebied.gebied is not null
    group by per_gebied.schooljaar, per_gebied.niveau, per_gebied.gebied
),

final as (
    select
        -- ids
        'terugstroom_regulier' as indicator,
        counted.schooljaar as periode,
        counted.niveau as niveau,
        cast(counted.gebied as string) as gebied,
        cast(counted.gebied_naam as string) as gebied_naam,
        '' as uitsplitsing,
        -- measures
        cast(counted.teruggestroomd as decimal(18, 4)) as teller,
        cast(counted.sbo_so as decimal(18, 4)) as noemer,
        cast(
            procent(counted.teruggestroomd, counted.sbo_so)
            as decimal(18, 4)
        ) as waarde
    from counted
)

select * from final
