-- A gemeente name as a matching key, so the ways DUO writes a name meet the gebieden file's: lower case,
-- without the "(postcodes 1234 en 5678)" DUO adds to a gemeente split over SWVs, without apostrophes, and
-- with hyphens, dots, commas and runs of spaces as one space ('S-HERTOGENBOSCH, S HERTOGENBOSCH and
-- 's-Hertogenbosch all give "s hertogenbosch").
create or replace temporary function gemeente_sleutel(naam string)
returns string
return nullif(
    trim(
        regexp_replace(
            regexp_replace(
                regexp_replace(lower(naam), '[(][^)]*postcode[^)]*[)]', ''),
                '[\'`\u2018\u2019]',
                ''
            ),
            '[-., \t]+',
            ' '
        )
    ),
    ''
)
