-- Every voorziening on its peildatum, placed at the stadsdeel of its host vestiging: the register row
-- valid on the peildatum, else the vestiging's latest row.
with voorzieningen as (
    select * from stg_voorzieningen__voorzieningen
),

vestigingen as (
    select * from int_vestiging_thz__located
),

candidates as (
    select
        voorzieningen.*,
        vestigingen.swv_code,
        vestigingen.stadsdeel_code,
        vestigingen.stadsdeel_naam,
        vestigingen.is_stadsdeel,
        row_number() over (
            partition by voorzieningen.aanlever_swv_code, voorzieningen.voorziening_id, voorzieningen.peildatum
            order by
                case
                    when
                        (vestigingen.geldig_vanaf is null or vestigingen.geldig_vanaf <= voorzieningen.peildatum)
                        and (vestigingen.geldig_tot is null or vestigingen.geldig_tot >= voorzieningen.peildatum)
                        then 0
                    else 1
                end,
                vestigingen.geldig_vanaf desc
        ) as rang
    from voorzieningen
    left join vestigingen
        on voorzieningen.vestiging = vestigingen.vestiging
),

final as (
    select
        -- ids
        candidates.voorziening_id as voorziening_id,
        candidates.peildatum as peildatum,
        candidates.aanlever_swv_code as aanlever_swv_code,
        -- attributes
        candidates.naam as naam,
        candidates.ondersteuningsbehoefte as ondersteuningsbehoefte,
        candidates.vestiging as vestiging,
        candidates.swv_code as swv_code,
        candidates.stadsdeel_code as stadsdeel_code,
        candidates.stadsdeel_naam as stadsdeel_naam,
        coalesce(candidates.is_stadsdeel, false) as is_stadsdeel,
        -- measures
        candidates.capaciteit as capaciteit,
        candidates.bezetting as bezetting,
        candidates.wachtlijst as wachtlijst
    from candidates
    where candidates.rang = 1
)

select * from final
