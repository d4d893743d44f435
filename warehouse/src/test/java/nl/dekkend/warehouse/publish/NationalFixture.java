package nl.dekkend.warehouse.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import nl.dekkend.warehouse.Duck;

/**
 * A national publication by hand, through the real migrations: PO2001 (Aa) and PO2002 (Bee) delivered their files in
 * folders of their own, PO2003 is only in DUO's per-SWV file (the comparison). Every area has one row per table where
 * it has any, so a test can count each SWV's rows by hand.
 */
final class NationalFixture {

    private NationalFixture() {}

    static final String[] ROWS = {
        "insert into kpi_definitions values "
                + "('deelname_sbo', 'Deelnamepercentage SBO', 'SBO / (BaO + SBO) x 100', '%', 2, 'lager_beter',"
                + " 'deelname', ['swv', 'gemeente'], ['duo_leerlingen_swv'], 'kpi_deelname'),"
                + "('tlv_aantal', 'Afgegeven TLV''s', 'TLV''s', 'aantal', 0, null, 'toeleiding',"
                + " ['swv', 'stadsdeel', 'wijk', 'bestuur', 'vestiging'], ['tlv'], 'kpi_tlv')",
        "insert into kpi_norms values ('deelname_sbo', '2022-2026', '2022-2023', '2025-2026', 2.00, 3.00, 'Plan')",
        "insert into kpi_national values ('deelname_sbo', '2023-2024', 2.31)",
        "insert into kpi_niveaus values ('swv', 'Samenwerkingsverband', 1), ('gemeente', 'Gemeente', 2)",
        "insert into kpi_themas values ('deelname', 'Deelname', 'Hoeveel?', 1, ['deelname_sbo'], ['deelname_sbo'])",
        "insert into kpi_onderdrukking values ('deelname_sbo', true, 5, null), ('tlv_aantal', true, 5, null)",
        "insert into lake_versions values ('bronze/tlv', 4), ('bronze/gebieden', 2)",
        "insert into data_test_results values ('kpi_deelname', 'unique(indicator, periode)', true, 0, null)",
        "insert into eigen_swv values ('PO2001', 'gebieden')",
        "insert into gebied_hierarchie values "
                + "('swv', 'PO2001', 'Passend Onderwijs Aa', null, null, null, null, 'PO2001'),"
                + "('swv', 'PO2002', 'SWV Bee', null, null, null, null, 'PO2002'),"
                + "('gemeente', 'GM1001', 'Aadorp', null, null, 'GM1001', null, 'PO2001'),"
                + "('gemeente', 'GM1002', 'Beestad', null, null, 'GM1002', null, 'PO2002'),"
                + "('wijk', 'WK100101', 'Aa-Noord', 'WK100101', null, 'GM1001', null, 'PO2001'),"
                + "('wijk', 'WK100201', 'Bee-Zuid', 'WK100201', null, 'GM1002', null, 'PO2002'),"
                + "('vestiging', '01AA00', 'School Aa', 'WK100101', null, 'GM1001', '41001', 'PO2001'),"
                + "('vestiging', '02BB00', 'School Bee', 'WK100201', null, 'GM1002', '41002', 'PO2002'),"
                + "('bestuur', '41001', 'Stichting Aa', null, null, null, '41001', null),"
                + "('bestuur', '41002', 'Stichting Bee', null, null, null, '41002', null)",
        "insert into kpi_values values "
                + "('deelname_sbo', '2023-2024', 'swv', 'PO2001', 'Passend Onderwijs Aa', '', 100, 5000, 2.00, 2.00, 'groen', false),"
                + "('deelname_sbo', '2023-2024', 'swv', 'PO2002', 'SWV Bee', '', 150, 6000, 2.50, 2.00, 'oranje', false),"
                + "('deelname_sbo', '2023-2024', 'swv', 'PO2003', 'PO2003', '', 80, 4000, 2.00, 2.00, 'groen', false),"
                + "('tlv_aantal', '2023-2024', 'swv', 'PO2002', 'SWV Bee', '', 41, null, 41, null, null, false),"
                + "('deelname_sbo', '2023-2024', 'gemeente', 'GM1001', 'Aadorp', '', 60, 3000, 2.00, 2.00, 'groen', false),"
                + "('deelname_sbo', '2023-2024', 'gemeente', 'GM1002', 'Beestad', '', 90, 3000, 3.00, 2.00, 'oranje', false),"
                + "('tlv_aantal', '2023-2024', 'stadsdeel', 'GM1001', 'Aadorp', '', 33, null, 33, null, null, false),"
                + "('tlv_aantal', '2023-2024', 'wijk', 'WK100101', 'Aa-Noord', '', 12, null, 12, null, null, false),"
                + "('tlv_aantal', '2023-2024', 'wijk', 'WK100201', 'Bee-Zuid', '', 17, null, 17, null, null, false),"
                + "('tlv_aantal', '2023-2024', 'vestiging', '01AA00', 'School Aa', '', 7, null, 7, null, null, false),"
                + "('tlv_aantal', '2023-2024', 'vestiging', '02BB00', 'School Bee', '', 9, null, 9, null, null, false),"
                + "('tlv_aantal', '2023-2024', 'bestuur', '41001', 'Stichting Aa', '', 7, null, 7, null, null, false),"
                + "('tlv_aantal', '2023-2024', 'bestuur', '41002', 'Stichting Bee', '', 9, null, 9, null, null, false)",
        "insert into swv_vergelijking values "
                + "('2023-2024', 'deelname_sbo', 'PO2001', 100, 5000, 2.00, 5000, 2, 1, 3, 1, 1, 2.00, 2.00, 330, 15000, 2.20, 2.31),"
                + "('2023-2024', 'deelname_sbo', 'PO2002', 150, 6000, 2.50, 6000, 3, 3, 3, 1, 1, 2.00, 2.50, 330, 15000, 2.20, 2.31),"
                + "('2023-2024', 'deelname_sbo', 'PO2003', 80, 4000, 2.00, 4000, 1, 1, 3, 1, 1, 2.00, 2.00, 330, 15000, 2.20, 2.31)",
        "insert into dekkend_matrix values "
                + "('2023-2024', 'PO2001', 'GM1001', 'Aadorp', false, 'gedrag', 10, 8, 4, 12, 2, 'Tekort van 2 plekken', false),"
                + "('2023-2024', 'PO2002', 'GM1002', 'Beestad', false, 'gedrag', 20, 15, 0, 15, 0, null, false)",
        "insert into kpi_survival values "
                + "('2023-2024', 'swv', 'PO2001', '', 1, 10, 10, 1, 0, 0.9, false),"
                + "('2023-2024', 'swv', 'PO2001', '', 2, 10, 9, 0, 1, 0.9, false),"
                + "('2023-2024', 'swv', 'PO2002', '', 1, 12, 12, 2, 0, 0.8333, false)",
        "insert into leerlingstromen values "
                + "('2023-2024', 'BAO', 'wijk', 'WK100101', 'Aa-Noord', 'WK100101', 'Aa-Noord', 10),"
                + "('2023-2024', 'BAO', 'wijk', 'WK100101', 'Aa-Noord', 'WK100201', 'Bee-Zuid', 3),"
                + "('2023-2024', 'BAO', 'wijk', 'WK100201', 'Bee-Zuid', 'WK100201', 'Bee-Zuid', 12),"
                + "('2023-2024', 'BAO', 'wijk', 'WK100201', 'Bee-Zuid', 'buiten', 'buiten de regio', 2),"
                + "('2023-2024', 'BAO', 'swv', 'PO2001', 'Aa', 'PO2002', 'Bee', 3),"
                + "('2023-2024', 'BAO', 'swv', 'PO2002', 'Bee', 'PO2002', 'Bee', 14)",
        "insert into thuisnabij_afstanden values "
                + "('2023-2024', 'wijk', 'WK100101', 'BAO', '0-1', 'Aa-Noord', 1, 13),"
                + "('2023-2024', 'wijk', 'WK100201', 'BAO', '1-2', 'Bee-Zuid', 2, 14)",
        "insert into vestiging_herkomst values "
                + "('2023-2024', '01AA00', 'WK100101', 'School Aa', 'BAO', 'WK100101', 52.1, 5.1, 'Aa-Noord', 10),"
                + "('2023-2024', '02BB00', 'WK100101', 'School Bee', 'BAO', 'WK100201', 52.2, 5.2, 'Aa-Noord', 3),"
                + "('2023-2024', '02BB00', 'WK100201', 'School Bee', 'BAO', 'WK100201', 52.2, 5.2, 'Bee-Zuid', 12)",
        "insert into file_loads values "
                + "('gebieden', 'PO2001/gebieden/gebieden.csv', 'geladen', 5, 5, 0, '5 rijen geladen', '2026-11-30 10:00:00'),"
                + "('tlv', 'PO2001/tlv/tlv.csv', 'deels_geladen', 10, 9, 1, '9 rijen geladen, 1 in quarantaine', '2026-11-30 10:01:00'),"
                + "('gebieden', 'PO2002/gebieden/gebieden.csv', 'geladen', 4, 4, 0, '4 rijen geladen', '2026-11-30 10:02:00'),"
                + "('tlv', 'PO2002/tlv/tlv.csv', 'afgewezen', 7, 0, 0, 'verplichte kolom ontbreekt: soort', '2026-11-30 10:03:00'),"
                + "('duo_leerlingen_swv', 'duo_leerlingen_swv/duo.csv', 'geladen', 30, 30, 0, '30 rijen geladen', '2026-11-30 09:00:00')",
        "insert into quarantine_reasons values "
                + "('tlv', 'PO2001/tlv/tlv.csv', 'soort', 'is geen toegestane waarde', 1, '12')",
        "insert into source_status values "
                + "('duo_leerlingen_swv', true, 1, 30, 0, '2026-11-30 09:00:00', '2023-10-01'),"
                + "('gebieden', true, 2, 9, 0, '2026-11-30 10:02:00', null),"
                + "('inschrijvingen', false, 0, 0, 0, null, null),"
                + "('tlv', true, 1, 9, 1, '2026-11-30 10:03:00', null)",
    };

    /** A national publication file with {@link #ROWS} and then {@code more}. */
    static Path write(Path file, String... more) throws Exception {
        Files.createDirectories(file.getParent());
        Duck.createMigrated(file);
        try (Connection db = Duck.open(file);
                Statement s = db.createStatement()) {
            for (String insert : ROWS) {
                s.execute(insert);
            }
            for (String insert : more) {
                s.execute(insert);
            }
            s.execute("insert into publication values ('run', 'run', now()::timestamp)");
        }
        return file;
    }
}
