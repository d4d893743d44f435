-- Basiskwaliteit per schooljaar at the levels swv and bestuur:
--   basis_inspectie_onvoldoende  vestigingen whose Inspectie verdict holding at the end of the schooljaar
--                                is onvoldoende or zeer zwak, or zwak/zeer zwak before 2017 (noemer:
--                                vestigingen with a verdict); per standaard (uitsplitsing, e.g. OP4, KA1):
--                                vestigingen whose standaard_oordeel in that onderzoek is insufficient
--                                (noemer: vestigingen with a verdict on the standaard)
--   basis_sop_onvoldoende        per ijkpunt (uitsplitsing): vestigingen scoring below 3 on the 1-4 scale
--                                in their SOP self-evaluation (noemer: vestigingen that scored it); the
--                                total ('') counts vestigingen with at least one ijkpunt below 3
with inspectie as (
    select * from fct_inspectieoordeel
    where swv_code is not null
),

standaard as (
    select * from fct_inspectie_standaard
    where swv_code is not null
),

sop as (
    select * from fct_sop_score
    where swv_code is not null
),

inspectie_per_gebied as (
    select
        'basis_inspectie_onvoldoende' as indicator,
        inspectie.schooljaar,
        'swv' as niveau,
        inspectie.swv_code as gebied,
        cast(null as string) as gebied_naam,
        '' as uitsplitsing,
        count(distinct case when inspectie.is_onvoldoende then inspectie.vestiging end) as teller,
        count(distinct inspectie.vestiging) as noemer
    from inspectie
    group by inspectie.schooljaar, inspectie.swv_code
    union all
    select
        'basis_inspectie_onvoldoende' as indicator,
        inspectie.schooljaar,
        'bestuur' as niveau,
        cast(inspectie.bevoegd_gezag_nr as string) as gebied,
        max(inspectie.bevoegd_gezag_naam) as gebied_naam,
        '' as uitsplitsing,
        count(distinct case when inspectie.is_onvoldoende then inspectie.vestiging end) as teller,
        count(distinct inspectie.vestiging) as noemer
    from inspectie
    group by inspectie.schooljaar, inspectie.bevoegd_gezag_nr
    union all
    select
        'basis_inspectie_onvoldoende' as indicator,
        standaard.schooljaar,
        'swv' as niveau,
        standaard.swv_code as gebied,
        cast(null as string) as gebied_naam,
        standaard.standaard as uitsplitsing,
        count(distinct case when standaard.is_onvoldoende then standaard.vestiging end) as teller,
        count(distinct standaard.vestiging) as noemer
    from standaard
    group by standaard.schooljaar, standaard.swv_code, standaard.standaard
    union all
    select
        'basis_inspectie_onvoldoende' as indicator,
        standaard.schooljaar,
        'bestuur' as niveau,
        cast(standaard.bevoegd_gezag_nr as string) as gebied,
        max(standaard.bevoegd_gezag_naam) as gebied_naam,
        standaard.standaard as uitsplitsing,
        count(distinct case when standaard.is_onvoldoende then standaard.vestiging end) as teller,
        count(distinct standaard.vestiging) as noemer
    from standaard
    group by standaard.schooljaar, standaard.bevoegd_gezag_nr, standaard.standaard
),

-- a vestiging's scores per ijkpunt, plus one row per vestiging for the total: onvoldoende on any ijkpunt
sop_per_uitsplitsing as (
    select
        sop.schooljaar,
        sop.swv_code,
        sop.bevoegd_gezag_nr,
        sop.bevoegd_gezag_naam,
        sop.vestiging,
        sop.ijkpunt as uitsplitsing,
        sop.is_onvoldoende
    from sop
    union all
    select
        sop.schooljaar,
        sop.swv_code,
        sop.bevoegd_gezag_nr,
        sop.bevoegd_gezag_naam,
        sop.vestiging,
        '' as uitsplitsing,
        max(sop.is_onvoldoende) as is_onvoldoende
    from sop
    group by sop.schooljaar, sop.swv_code, sop.bevoegd_gezag_nr, sop.bevoegd_gezag_naam, sop.vestiging
),

sop_per_gebied as (
    select
        'basis_sop_onvoldoende' as indicator,
        sop_per_uitsplitsing.schooljaar,
        'swv' as niveau,
        sop_per_uitsplitsing.swv_code as gebied,
        cast(null as string) as gebied_naam,
        sop_per_uitsplitsing.uitsplitsing,
        count(distinct case when sop_per_uitsplitsing.is_onvoldoende then sop_per_uitsplitsing.vestiging end)
            as teller,
        count(distinct sop_per_uitsplitsing.vestiging) as noemer
    from sop_per_uitsplitsing
    group by sop_per_uitsplitsing.schooljaar, sop_per_uitsplitsing.swv_code, sop_per_uitsplitsing.uitsplitsing
    union all
    select
        'basis_sop_onvoldoende' as indicator,
        sop_per_uitsplitsing.schooljaar,
        'bestuur' as niveau,
        cast(sop_per_uitsplitsing.bevoegd_gezag_nr as string) as gebied,
        max(sop_per_uitsplitsing.bevoegd_gezag_naam) as gebied_naam,
        sop_per_uitsplitsing.uitsplitsing,
        count(distinct case when sop_per_uitsplitsing.is_onvoldoende then sop_per_uitsplitsing.vestiging end)
            as teller,
        count(distinct sop_per_uitsplitsing.vestiging) as noemer
    from sop_per_uitsplitsing
    group by
        sop_per_uitsplitsing.schooljaar, sop_per_uitsplitsing.bevoegd_gezag_nr, sop_per_uitsplitsing.uitsplitsing
),

per_gebied as (
    select * from inspectie_per_gebied
    union all
    select * from sop_per_gebied
),

final as (
    select
        -- ids
        per_gebied.indicator as indicator,
        per_gebied.schooljaar as periode,
        per_gebied.niveau as niveau,
        cast(per_gebied.gebied as string) as gebied,
        per_gebied.gebied_naam as gebied_naam,
        per_gebied.uitsplitsing as uitsplitsing,
        -- measures: a count of vestigingen, its own waarde
        cast(per_gebied.teller as decimal(18, 4)) as teller,
        cast(per_gebied.noemer as decimal(18, 4)) as noemer,
        cast(per_gebied.teller as decimal(18, 4)) as waarde
    from per_gebied
)

select * from final
