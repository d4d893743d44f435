-- the SWVs of a national publication: those that delivered files in a folder of their own (inbox/<SWV>/<bron>/…,
-- so file_loads.bestand starts with the code); a single SWV's inbox has a folder per source and names none
select distinct split_part(f.bestand, '/', 1) as swv_code
from file_loads as f
where regexp_matches(f.bestand, '^(PO|VO)[0-9]{4}/')
order by swv_code
