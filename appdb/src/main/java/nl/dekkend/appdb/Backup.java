package nl.dekkend.appdb;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the whole app database, whichever kind: one zip with {@code backup.json} (format,
 * Flyway schema version, the tables in foreign-key order with their row counts) and per table
 * {@code tabellen/<tabel>.json} (column names, rows as arrays). Tables are found in the database's
 * catalog, so what later migrations add is included without a change here; Flyway's own history is not
 * (the target's migrations make it). Restore goes into an empty database of the same schema version,
 * SQLite or PostgreSQL, in one transaction.
 */
public final class Backup {

    static final String FORMAT = "dekkend-appdb-backup";
    static final int FORMAT_VERSION = 1;
    static final String META = "backup.json";
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Backup() {}

    public static void export(AppDatabase db, Path out) {
        Path temporary = out.toAbsolutePath().resolveSibling(out.getFileName() + ".tmp");
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            if (db.isPostgres()) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
            }
            try {
                write(db, connection, temporary);
            } finally {
                connection.rollback();
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new AppDatabaseException("Back-up van de app-database mislukt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de back-up " + out + " niet schrijven: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the temporary file stays behind; the backup itself is complete or was never moved
            }
        }
    }

    public static void restore(AppDatabase db, Path in) {
        try (ZipFile zip = new ZipFile(in.toFile())) {
            JsonNode meta = readMeta(zip, in);
            String version = meta.path("schema_versie").asText();
            if (!version.equals(db.schemaVersion())) {
                throw new IllegalArgumentException("De back-up " + in + " heeft schemaversie " + version
                        + ", deze app-database " + db.schemaVersion()
                        + ". Herstel met de versie van Dekkend die de back-up maakte.");
            }
            List<String> backupTables = new ArrayList<>();
            meta.path("tabellen")
                    .forEach(table -> backupTables.add(table.path("naam").asText()));
            db.inTransaction(connection -> {
                List<Table> tables = Catalog.tables(connection, db);
                checkSameTablesAndEmpty(in, tables, backupTables);
                for (Table table : tables) {
                    long rows = insertRows(db, connection, zip, in, table);
                    long expected = meta.path("tabellen")
                            .get(backupTables.indexOf(table.name()))
                            .path("rijen")
                            .asLong();
                    if (rows != expected) {
                        throw new IllegalArgumentException("De back-up " + in + " is onvolledig: tabel " + table.name()
                                + " heeft " + rows + " rijen, verwacht " + expected + ".");
                    }
                }
                if (db.isPostgres()) {
                    Catalog.resetIdentities(connection);
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de back-up " + in + " niet lezen: " + e.getMessage(), e);
        }
    }

    private static void write(AppDatabase db, Connection connection, Path file) throws SQLException, IOException {
        List<Table> tables = Catalog.tables(connection, db);
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonFactory factory = JSON.getFactory();
        try (OutputStream stream = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(stream)) {
            for (Table table : tables) {
                zip.putNextEntry(new ZipEntry("tabellen/" + table.name() + ".json"));
                JsonGenerator json = factory.createGenerator(new NonClosing(zip), JsonEncoding.UTF8);
                counts.put(table.name(), writeRows(db, connection, table, json));
                json.close();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(META));
            JsonGenerator json = factory.createGenerator(new NonClosing(zip), JsonEncoding.UTF8)
                    .useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("formaat", FORMAT);
            json.writeNumberField("formaat_versie", FORMAT_VERSION);
            json.writeStringField("schema_versie", db.schemaVersion());
            json.writeStringField("database", db.dialect().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("gemaakt_op", Dialect.INSTANT_TEXT.format(Dialect.now()));
            json.writeArrayFieldStart("tabellen");
            for (var count : counts.entrySet()) {
                json.writeStartObject();
                json.writeStringField("naam", count.getKey());
                json.writeNumberField("rijen", count.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.close();
            zip.closeEntry();
        }
    }

    private static long writeRows(AppDatabase db, Connection connection, Table table, JsonGenerator json)
            throws SQLException, IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("kolommen");
        for (Column column : table.columns()) {
            json.writeString(column.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rijen");
        long count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(table.selectAll())) {
            while (rows.next()) {
                json.writeStartArray();
                for (int i = 0; i < table.columns().size(); i++) {
                    writeValue(db, rows, i + 1, table.columns().get(i), json);
                }
                json.writeEndArray();
                count++;
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        return count;
    }

    private static void writeValue(AppDatabase db, ResultSet rows, int index, Column column, JsonGenerator json)
            throws SQLException, IOException {
        if (rows.getObject(index) == null) {
            json.writeNull();
            return;
        }
        switch (column.kind()) {
            case INTEGER -> json.writeNumber(rows.getLong(index));
            case DECIMAL -> json.writeNumber(rows.getBigDecimal(index));
            case BOOLEAN -> json.writeBoolean(rows.getBoolean(index));
            case TIMESTAMP ->
                json.writeString(
                        db.isPostgres()
                                ? Dialect.INSTANT_TEXT.format(rows.getObject(index, OffsetDateTime.class))
                                : rows.getString(index));
            case DATE ->
                json.writeString(
                        db.isPostgres() ? rows.getObject(index, LocalDate.class).toString() : rows.getString(index));
            case TEXT -> json.writeString(rows.getString(index));
        }
    }

    private static JsonNode readMeta(ZipFile zip, Path in) throws IOException {
        ZipEntry entry = zip.getEntry(META);
        JsonNode meta = null;
        if (entry != null) {
            try (InputStream stream = zip.getInputStream(entry)) {
                meta = JSON.readTree(stream);
            }
        }
        if (meta == null || !FORMAT.equals(meta.path("formaat").asText())) {
            throw new IllegalArgumentException("Dit is geen back-up van de Dekkend app-database: " + in);
        }
        if (meta.path("formaat_versie").asInt() != FORMAT_VERSION) {
            throw new IllegalArgumentException("De back-up " + in + " heeft formaatversie "
                    + meta.path("formaat_versie").asText() + "; deze Dekkend leest versie " + FORMAT_VERSION + ".");
        }
        return meta;
    }

    private static void checkSameTablesAndEmpty(Path in, List<Table> tables, List<String> backupTables)
            throws SQLException {
        List<String> names = tables.stream().map(Table::name).sorted().toList();
        if (!names.equals(backupTables.stream().sorted().toList())) {
            throw new IllegalArgumentException(
                    "De tabellen van de back-up " + in + " (" + String.join(", ", backupTables)
                            + ") zijn niet die van deze app-database (" + String.join(", ", names) + ").");
        }
    }

    private static long insertRows(AppDatabase db, Connection connection, ZipFile zip, Path in, Table table)
            throws SQLException {
        long existing = Catalog.count(connection, table);
        if (existing > 0) {
            throw new IllegalArgumentException("Herstellen kan alleen in een lege app-database: tabel " + table.name()
                    + " heeft al " + existing + " rijen.");
        }
        ZipEntry entry = zip.getEntry("tabellen/" + table.name() + ".json");
        if (entry == null) {
            throw new IllegalArgumentException("De back-up " + in + " mist tabel " + table.name() + ".");
        }
        try (InputStream stream = zip.getInputStream(entry);
                JsonParser json = JSON.getFactory().createParser(stream)) {
            expect(json.nextToken(), JsonToken.START_OBJECT, in);
            expect(json.nextToken(), JsonToken.FIELD_NAME, in);
            expect(json.nextToken(), JsonToken.START_ARRAY, in);
            List<Column> columns = new ArrayList<>();
            for (JsonNode name : (JsonNode) JSON.readTree(json)) {
                columns.add(table.column(name.asText())
                        .orElseThrow(() -> new IllegalArgumentException("De back-up " + in + " heeft een kolom "
                                + table.name() + "." + name.asText() + " die deze app-database niet kent.")));
            }
            expect(json.nextToken(), JsonToken.FIELD_NAME, in);
            expect(json.nextToken(), JsonToken.START_ARRAY, in);
            long count = 0;
            try (PreparedStatement insert = connection.prepareStatement(table.insert(columns))) {
                while (json.nextToken() == JsonToken.START_ARRAY) {
                    JsonNode row = JSON.readTree(json);
                    for (int i = 0; i < columns.size(); i++) {
                        bind(db, insert, i + 1, columns.get(i), row.get(i));
                    }
                    insert.addBatch();
                    if (++count % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Kan tabel " + table.name() + " in " + in + " niet lezen", e);
        }
    }

    private static void bind(AppDatabase db, PreparedStatement insert, int index, Column column, JsonNode value)
            throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, column.jdbcType());
            return;
        }
        switch (column.kind()) {
            case INTEGER -> insert.setLong(index, value.asLong());
            case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value.asText()));
            case BOOLEAN -> insert.setBoolean(index, value.isBoolean() ? value.booleanValue() : value.asLong() != 0);
            case TIMESTAMP -> {
                if (db.isPostgres()) {
                    insert.setObject(index, OffsetDateTime.parse(value.asText()));
                } else {
                    insert.setString(index, value.asText());
                }
            }
            case DATE -> {
                if (db.isPostgres()) {
                    insert.setObject(index, LocalDate.parse(value.asText()));
                } else {
                    insert.setString(index, value.asText());
                }
            }
            case TEXT -> insert.setString(index, value.asText());
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, Path in) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    "De back-up " + in + " is beschadigd (verwacht " + expected + ", las " + actual + ").");
        }
    }

    /** Keeps the zip open when a JSON generator closes its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
