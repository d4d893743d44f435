-- the data tests of the run, failing ones first
select
    t.model,
    t.test,
    t.geslaagd,
    t.foute_rijen,
    t.voorbeeld
from data_test_results as t
order by t.geslaagd, t.model, t.test
