-- A gemeente name as a matching key, so the ways DUO writes a name meet the gebieden file's: lower case,
-- without the "(postcodes 1234 en 5678)" DUO adds to a gemeente split over SWVs, without accents (DUO's
-- file 02 writes SUDWEST-FRYSLAN, file 06 SÚDWEST-FRYSLÂN), apostrophes and dots, and with hyphens, commas,
-- brackets and runs of spaces as one space: 'S-HERTOGENBOSCH, S HERTOGENBOSCH and 's-Hertogenbosch all give
-- "s hertogenbosch", BERGEN (NH.) and BERGEN NH "bergen nh".
create or replace temporary function gemeente_sleutel(naam string)
returns string
return nullif(
    trim(
        regexp_replace(
            regexp_replace(
                translate(
                    regexp_replace(lower(naam), '[(][^)]*postcode[^)]*[)]', ''),
                    'áàâäãéèêëíìîïóòôöõúùûüýÿç',
                    'aaaaaeeeeiiiiooooouuuuyyc'
                ),
                '[.\'`\u2018\u2019]',
                ''
            ),
            '[-,() \t]+',
            ' '
        )
    ),
    ''
)
