-- zware_ondersteuning_bestuur: per bestuur and schooljaar, the places in SO (uitsplitsing '') and in SBO
-- (uitsplitsing 'SBO') in use on the teldatum (1 October) by pupils referred from the bestuur's schools,
-- against the quotum the plan allots to it (source quota), x 100, rounded half-up once to two decimals.
-- A place in use: a granted TLV of that soort running on the teldatum (ingangsdatum <= teldatum <=
-- einddatum), counted once per pupil, at the bestuur of the requesting vestiging on the teldatum. Only
-- besturen and schooljaren with a quotum get a row.
with quota as (
    select * from fct_quotum
),

tlvs as (
    select * from fct_tlv
    where is_toegekend
),

periode as (
    select * from dim_periode
),

vestiging as (
    select * from dim_vestiging
),

in_gebruik as (
    select
        periode.schooljaar,
        cast(vestiging.bevoegd_gezag_nr as string) as bevoegd_gezag_nr,
        case when tlvs.soort = 'SBO' then 'SBO' else 'SO' end as soort,
        count(distinct tlvs.leerling_id) as plaatsen
    from tlvs
    inner join periode
        on tlvs.ingangsdatum <= periode.teldatum and tlvs.einddatum >= periode.teldatum
    inner join vestiging
        on
            tlvs.aanvragende_vestiging = vestiging.vestiging
            and periode.teldatum between vestiging.valid_from and vestiging.valid_to
    group by
        periode.schooljaar,
        cast(vestiging.bevoegd_gezag_nr as string),
        case when tlvs.soort = 'SBO' then 'SBO' else 'SO' end
),

final as (
    select
        -- ids
        'zware_ondersteuning_bestuur' as indicator,
        quota.schooljaar as periode,
        'bestuur' as niveau,
        cast(quota.bevoegd_gezag_nr as string) as gebied,
        cast(null as string) as gebied_naam,
        case when quota.soort = 'SO' then '' else quota.soort end as uitsplitsing,
        -- measures: places in use against the quotum
        cast(coalesce(in_gebruik.plaatsen, 0) as decimal(18, 4)) as teller,
        cast(quota.quotum as decimal(18, 4)) as noemer,
        cast(
            procent(coalesce(in_gebruik.plaatsen, 0), quota.quotum)
            as decimal(18, 4)
        ) as waarde
    from quota
    left join in_gebruik
        on
            quota.schooljaar = in_gebruik.schooljaar
            and cast(quota.bevoegd_gezag_nr as string) = in_gebruik.bevoegd_gezag_nr
            and quota.soort = in_gebruik.soort
)

select * from final
