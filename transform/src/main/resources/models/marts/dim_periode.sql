-- The calendar of the domain in one place, so no model does its own date arithmetic: per schooljaar
-- (1 August – 31 July) the DUO teldatum (1 October), the peildatum (1 February), the two halves of the
-- PDCA cycle, and the kalenderjaren it touches (finance converts with 7/12 + 5/12).
with years as (
    select explode(sequence(2000, 2039)) as beginjaar
),

final as (
    select
        -- ids
        concat(years.beginjaar, '-', years.beginjaar + 1) as schooljaar,
        -- attributes
        years.beginjaar as beginjaar,
        make_date(years.beginjaar, 8, 1) as begindatum,
        make_date(years.beginjaar + 1, 7, 31) as einddatum,
        make_date(years.beginjaar, 10, 1) as teldatum,
        make_date(years.beginjaar + 1, 2, 1) as peildatum,
        -- days since 1-1-1970, so kpi models subtract dates with plain arithmetic (portable SQL)
        unix_date(make_date(years.beginjaar + 1, 2, 1)) as peildatum_dagnummer,
        make_date(years.beginjaar, 8, 1) as h1_begindatum,
        make_date(years.beginjaar + 1, 1, 31) as h1_einddatum,
        make_date(years.beginjaar + 1, 2, 1) as h2_begindatum,
        make_date(years.beginjaar + 1, 7, 31) as h2_einddatum,
        concat(years.beginjaar - 1, '-', years.beginjaar) as vorig_schooljaar,
        make_date(years.beginjaar - 1, 10, 1) as vorige_teldatum
    from years
)

select * from final
