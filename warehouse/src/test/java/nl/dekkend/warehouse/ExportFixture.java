package nl.dekkend.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an export snapshot the way transform does (one parquet folder per serving table), from SQL
 * inserts into a scratch database migrated with the real migrations.
 */
public final class ExportFixture {

    private ExportFixture() {}

    public static Path write(Path dir, String... inserts) throws Exception {
        Files.createDirectories(dir);
        Path scratch = dir.resolve("scratch.duckdb");
        Files.deleteIfExists(scratch);
        Duck.createMigrated(scratch);
        Path export = dir.resolve("export");
        try (Connection db = Duck.open(scratch);
                Statement s = db.createStatement()) {
            for (String insert : inserts) {
                s.execute(insert);
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery(Sql.load("publish/serving_tables"))) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                Path folder = export.resolve(table);
                Files.createDirectories(folder);
                s.execute("copy " + table + " to '" + folder.resolve("part-0.parquet") + "' (format parquet)");
            }
        }
        return export;
    }

    /**
     * DOMAIN.md's worked example for PO3009, 1-10-2013, plus a suppressed cell, a norm and two levels; tests edit
     * entries by index (kpi_values is [2], data_test_results the last).
     */
    public static final String[] WORKED_EXAMPLE = {
        "insert into kpi_definitions values "
                + "('deelname_sbo', 'Deelnamepercentage SBO', 'SBO / (BaO + SBO) x 100', '%', 2, 'lager_beter', 'deelname',"
                + " ['swv'], ['duo_leerlingen_swv'], 'kpi_deelname'),"
                + "('deelname_sbo_so', 'Deelname SBO + SO', '(SBO + SO) / (BaO + SBO) x 100', '%', 2, 'lager_beter',"
                + " 'deelname', ['swv'], ['duo_leerlingen_swv'], 'kpi_deelname')",
        "insert into kpi_norms values ('deelname_sbo_so', '2022-2026', '2022-2023', '2025-2026', 3.00, 4.00, 'Ondersteuningsplan Almere 2022-2026')",
        "insert into kpi_values values "
                + "('deelname_sbo', '2013-2014', 'swv', 'PO3009', null, '', 316, 17283, 1.83, null, null, false),"
                + "('deelname_sbo', '2014-2015', 'swv', 'PO3009', null, '', 3, 17100, 0.02, null, null, true),"
                + "('deelname_sbo_so', '2013-2014', 'swv', 'PO3009', null, '', 547, 17283, 3.16, null, null, false),"
                + "('deelname_sbo_so', '2023-2024', 'swv', 'PO3009', null, '', 600, 17000, 3.53, 3.00, 'oranje', false)",
        "insert into source_status values ('duo_leerlingen_swv', true, 1, 3, 0, now()::timestamp, '2023-10-01'),"
                + " ('duo_landelijk', false, 0, 0, 0, null, null)",
        // two of the catalog's levels, in an order of their own: the CLI must offer what is published
        "insert into kpi_niveaus values ('gemeente', 'Gemeente', 2), ('swv', 'Samenwerkingsverband', 1)",
        "insert into data_test_results values ('kpi_deelname', 'unique(indicator, periode)', true, 0, null)",
    };
}
