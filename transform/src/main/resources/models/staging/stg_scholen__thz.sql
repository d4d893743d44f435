-- The school register (vestigingen with history) as the thuiszitters / basiskwaliteit / dekkend-aanbod
-- models need it. Kept apart from the shared vestiging dimension until the branches are merged.
with source as (
    select * from raw_scholen
),

final as (
    select
        -- ids
        replace(upper(trim(source.vestiging)), ' ', '') as vestiging,
        -- attributes
        source.naam as naam,
        upper(trim(source.soort)) as soort,
        trim(source.bevoegd_gezag_nr) as bevoegd_gezag_nr,
        trim(source.bevoegd_gezag_naam) as bevoegd_gezag_naam,
        replace(upper(trim(source.postcode)), ' ', '') as postcode,
        source.gemeente_code as gemeente_code,
        nullif(upper(trim(source.wijk_code)), '') as wijk_code,
        -- validity: the row holds from begindatum through einddatum (both may be empty: open-ended)
        source.begindatum as geldig_vanaf,
        source.einddatum as geldig_tot
    from source
)

select * from final
