-- Onderwijs binnen de regio: of the pupils living in an SWV (home postcode-4 in dim_gebied) and enrolled
-- on the teldatum (1 October), the share enrolled at a vestiging inside that same SWV, x 100, two
-- decimals. Counted by residence at the levels swv, stadsdeel, wijk and gemeente. A vestiging that is not
-- in the scholen register counts as outside. A pupil with two enrolments on the teldatum counts once, at
-- the most recent one.
with periode as (
    select * from dim_periode
),

inschrijving as (
    select * from fct_inschrijving
),

vestiging as (
    select * from dim_vestiging
),

gebied_niveau as (
    select * from dim_gebied_niveau
),

horizon as (
    select max(greatest(inschrijving.begindatum, coalesce(inschrijving.einddatum, inschrijving.begindatum))) as tot
    from inschrijving
),

op_teldatum as (
    select
        inschrijving.*,
        periode.schooljaar,
        periode.teldatum,
        row_number() over (
            partition by inschrijving.leerling_id, periode.teldatum
            order by inschrijving.begindatum desc, inschrijving.vestiging
        ) as rang
    from inschrijving
    inner join periode
        on
            inschrijving.begindatum <= periode.teldatum
            and (inschrijving.einddatum is null or inschrijving.einddatum >= periode.teldatum)
    cross join horizon
    where periode.teldatum <= horizon.tot and inschrijving.woon_swv_code is not null
),

leerlingen as (
    select
        op_teldatum.schooljaar,
        op_teldatum.woon_swv_code,
        op_teldatum.woon_stadsdeel_code,
        op_teldatum.woon_wijk_code,
        op_teldatum.woon_gemeente_code,
        coalesce(vestiging.swv_code = op_teldatum.woon_swv_code, false) as is_binnen_regio
    from op_teldatum
    left join vestiging
        on
            op_teldatum.vestiging = vestiging.vestiging
            and op_teldatum.teldatum between vestiging.valid_from and vestiging.valid_to
    where op_teldatum.rang = 1
),

-- every pupil once per level of the home (a cross join with the levels, so Spark computes leerlingen once)
per_gebied as (
    select
        leerlingen.schooljaar,
        leerlingen.is_binnen_regio,
        levels.niveau,
        case levels.niveau
            when 'swv' then leerlingen.woon_swv_code
            when 'stadsdeel' then leerlingen.woon_stadsdeel_code
            when 'wijk' then leerlingen.woon_wijk_code
            when 'gemeente' then leerlingen.woon_gemeente_code
        end as gebied
    from leerlingen
    cross join (values ('swv'), ('stadsdeel'), ('wijk'), ('gemeente')) as levels (niveau)
),

namen as (
    select
        gebied_niveau.niveau,
        gebied_niveau.gebied,
        gebied_niveau.naam as gebied_naam
    from gebied_niveau
),

counted as (
    select
        per_gebied.schooljaar,
        per_gebied.niveau,
        per_gebied.gebied,
        count(case when per_gebied.is_binnen_regio then 1 end) as binnen,
        count(*) as woonachtig
    from per_gebied
    where per_gebied.gebied is not null
    group by per_gebied.schooljaar, per_gebied.niveau, per_gebied.gebied
),

final as (
    select
        -- ids
        'dekkend_binnen_regio' as indicator,
        counted.schooljaar as periode,
        counted.niveau as niveau,
        cast(counted.gebied as string) as gebied,
        cast(coalesce(namen.gebied_naam, counted.gebied) as string) as gebied_naam,
        '' as uitsplitsing,
        -- measures
        cast(counted.binnen as decimal(18, 4)) as teller,
        cast(counted.woonachtig as decimal(18, 4)) as noemer,
        cast(
            procent(counted.binnen, counted.woonachtig)
            as decimal(18, 4)
        ) as waarde
    from counted
    left join namen
        on counted.niveau = namen.niveau and counted.gebied = namen.gebied
)

select * from final
