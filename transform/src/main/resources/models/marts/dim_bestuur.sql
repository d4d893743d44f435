-- The besturen (bevoegd gezag) of the scholen register, named as in their latest register row.
with scholen as (
    select * from stg_scholen__vestigingen
),

ranked as (
    select
        scholen.bevoegd_gezag_nr,
        scholen.bevoegd_gezag_naam,
        row_number() over (
            partition by scholen.bevoegd_gezag_nr
            order by coalesce(scholen.begindatum, date '1900-01-01') desc, scholen.vestiging
        ) as rang
    from scholen
),

counts as (
    select
        scholen.bevoegd_gezag_nr,
        count(distinct scholen.vestiging) as vestigingen
    from scholen
    group by scholen.bevoegd_gezag_nr
),

final as (
    select
        -- ids
        ranked.bevoegd_gezag_nr as bevoegd_gezag_nr,
        -- attributes
        ranked.bevoegd_gezag_naam as bevoegd_gezag_naam,
        -- measures
        counts.vestigingen as vestigingen
    from ranked
    inner join counts
        on ranked.bevoegd_gezag_nr = counts.bevoegd_gezag_nr
    where ranked.rang = 1
)

select * from final
