-- The schooljaar (1 August – 31 July) a date falls in, written as DUO does: 2013-2014.
create or replace temporary function schooljaar(d date)
returns string
return case
    when month(d) >= 8 then concat(year(d), '-', year(d) + 1)
    else concat(year(d) - 1, '-', year(d))
end
