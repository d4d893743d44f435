-- Capacity and demand of every voorziening per peildatum, at the stadsdeel of its host vestiging. Demand
-- (vraag) is the pupils placed plus the pupils waiting. is_laatste_in_schooljaar marks the peildatum that
-- counts for the schooljaar when a voorziening was reported more than once in one year.
with voorzieningen as (
    select * from int_voorziening__located
),

ranked as (
    select
        voorzieningen.*,
        schooljaar(voorzieningen.peildatum) as schooljaar,
        row_number() over (
            partition by voorzieningen.aanlever_swv_code, voorzieningen.voorziening_id, schooljaar(voorzieningen.peildatum)
            order by voorzieningen.peildatum desc
        ) = 1 as is_laatste_in_schooljaar
    from voorzieningen
),

final as (
    select
        -- ids
        ranked.voorziening_id as voorziening_id,
        ranked.peildatum as peildatum,
        ranked.schooljaar as schooljaar,
        ranked.aanlever_swv_code as aanlever_swv_code,
        -- attributes
        ranked.naam as naam,
        ranked.ondersteuningsbehoefte as ondersteuningsbehoefte,
        ranked.vestiging as vestiging,
        ranked.swv_code as swv_code,
        ranked.stadsdeel_code as stadsdeel_code,
        ranked.stadsdeel_naam as stadsdeel_naam,
        ranked.is_stadsdeel as is_stadsdeel,
        ranked.is_laatste_in_schooljaar as is_laatste_in_schooljaar,
        -- measures: places and pupils
        ranked.capaciteit as capaciteit,
        ranked.bezetting as bezetting,
        ranked.wachtlijst as wachtlijst,
        ranked.bezetting + ranked.wachtlijst as vraag
    from ranked
)

select * from final
