-- the data tests that failed in a (refused) publication; nothing else of it is ever read
select
    t.model,
    t.test,
    t.geslaagd,
    t.foute_rijen,
    t.voorbeeld
from data_test_results as t
where not t.geslaagd
order by t.model, t.test
