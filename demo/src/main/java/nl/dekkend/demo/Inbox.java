package nl.dekkend.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The inbox folder being filled: writes each file under {@code <bron>/} and records what was written. */
final class Inbox {

    private final Path root;
    private final List<WrittenFile> written = new ArrayList<>();

    Inbox(Path root) {
        this.root = root;
    }

    void csv(String bron, String name, Table table, CsvDialect dialect) throws IOException {
        CsvFiles.write(root.resolve(bron).resolve(name), table, dialect);
        String bom = dialect.bom() ? " with BOM" : "";
        String decimals =
                dialect.decimalComma() ? (dialect.thousandsDot() ? ", 1.234,5" : ", decimal comma") : ", decimal point";
        written.add(new WrittenFile(
                bron,
                bron + "/" + name,
                "csv '" + dialect.separator() + "' " + dialect.charset().name() + bom + decimals + ", dates "
                        + dialect.datePattern(),
                table.size()));
    }

    void xlsx(String bron, String name, Table table, XlsxFiles.Dates dates) throws IOException {
        XlsxFiles.write(root.resolve(bron).resolve(name), table, bron, dates);
        written.add(new WrittenFile(
                bron, bron + "/" + name, "xlsx, dates " + dates.name().toLowerCase(), table.size()));
    }

    void duoLayout(String bron, String name, List<String> lines, String format) throws IOException {
        DuoLayout.write(root.resolve(bron).resolve(name), lines, format.contains("BOM"));
        written.add(new WrittenFile(bron, bron + "/" + name, format, lines.size() - 1));
    }

    Path root() {
        return root;
    }

    List<WrittenFile> written() {
        return List.copyOf(written);
    }
}
