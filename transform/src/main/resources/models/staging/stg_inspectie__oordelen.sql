-- The Inspectie's verdicts as delivered: one row per vestiging (or BRIN) per onderzoek per standaard.
with source as (
    select * from raw_inspectie_oordelen
),

final as (
    select
        -- ids: a vestiging (12AB00) or, for a verdict on the whole school, a BRIN (12AB)
        replace(upper(trim(source.vestiging)), ' ', '') as vestiging_of_brin,
        source.datum as datum,
        upper(trim(source.standaard)) as standaard,
        -- attributes
        lower(trim(source.oordeel)) as oordeel,
        source.soort_onderzoek as soort_onderzoek,
        lower(trim(source.standaard_oordeel)) as standaard_oordeel,
        -- lineage
        source._bestand as bestand,
        source._rij as rij
    from source
)

select * from final
