select gebied, sum(n) as n from stg_a group by gebied
