-- teller / noemer × 100 as a percentage, rounded half-up (away from zero) once to two decimals, exact: in
-- whole numbers, never through a double (round(0.125 * 100, 2) in floating point is how 12,5 becomes 12,49).
-- Both arguments are whole numbers (counts, or amounts in cents); null when noemer is 0 or null.
create or replace temporary function procent(teller decimal(38, 10), noemer decimal(38, 10))
returns decimal(38, 10)
return case when teller < 0 then -1 else 1 end * floor(
    cast(abs(teller) * 20000 + noemer as decimal(20, 0)) / cast(nullif(noemer, 0) * 2 as decimal(20, 0))
) / 100
