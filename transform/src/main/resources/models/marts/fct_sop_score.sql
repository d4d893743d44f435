-- The schools' self-evaluation of basisondersteuning per ijkpunt and schooljaar, with the bestuur and SWV
-- of the vestiging on the peildatum (1 February) of that schooljaar, else its latest register row. A
-- score below 3 on the 1-4 scale counts as insufficient.
with scores as (
    select * from stg_sop__ijkpunten
),

vestigingen as (
    select * from int_vestiging_thz__located
),

periode as (
    select * from dim_periode
),

candidates as (
    select
        scores.*,
        vestigingen.swv_code,
        vestigingen.bevoegd_gezag_nr,
        vestigingen.bevoegd_gezag_naam,
        row_number() over (
            partition by scores.vestiging, scores.schooljaar, scores.ijkpunt
            order by
                case
                    when
                        (vestigingen.geldig_vanaf is null or vestigingen.geldig_vanaf <= periode.peildatum)
                        and (vestigingen.geldig_tot is null or vestigingen.geldig_tot >= periode.peildatum)
                        then 0
                    else 1
                end,
                vestigingen.geldig_vanaf desc
        ) as rang
    from scores
    left join periode
        on scores.schooljaar = periode.schooljaar
    left join vestigingen
        on scores.vestiging = vestigingen.vestiging
),

final as (
    select
        -- ids
        candidates.vestiging as vestiging,
        candidates.schooljaar as schooljaar,
        candidates.ijkpunt as ijkpunt,
        -- attributes
        candidates.domein as domein,
        candidates.swv_code as swv_code,
        candidates.bevoegd_gezag_nr as bevoegd_gezag_nr,
        candidates.bevoegd_gezag_naam as bevoegd_gezag_naam,
        candidates.has_plan as has_plan,
        candidates.score < 3 as is_onvoldoende,
        -- measures
        candidates.score as score
    from candidates
    where candidates.rang = 1
)

select * from final
