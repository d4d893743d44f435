select gebied, sum(m) as m from stg_b group by gebied
