select
    model,
    test,
    foute_rijen,
    voorbeeld
from data_test_results
where not geslaagd
order by model, test
