-- The quotum of places per schooljaar, bestuur and soort (SBO, SO) from the optional source quota.
with quota as (
    select * from stg_quota__quota
),

final as (
    select
        -- ids
        quota.schooljaar as schooljaar,
        quota.bevoegd_gezag_nr as bevoegd_gezag_nr,
        quota.soort as soort,
        -- measures
        quota.quotum as quotum
    from quota
)

select * from final
