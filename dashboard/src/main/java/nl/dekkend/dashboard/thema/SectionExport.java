package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.dekkend.dashboard.export.ExportTable;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * The table of one part of a theme page ({@code /thema/{thema}?onderdeel={id}&formaat=csv|xlsx}) as it leaves the
 * dashboard: exactly the rows the page shows, built from what {@code toegang.Figures} returned, so the viewer's scope
 * and suppression hold. A figure written the Dutch way ({@code 1.234}, {@code 12,5}) becomes a number; anything else
 * ({@code onderdrukt}, {@code 5,07 %}, a name) stays text.
 */
final class SectionExport {

    private static final Pattern DUTCH_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");

    private SectionExport() {}

    static ExportTable of(Thema thema, ThemaSection section, Viewer viewer, String publicatie) {
        List<List<Object>> rows = new ArrayList<>();
        int[] decimals = new int[section.kop().size()];
        boolean[] numeric = new boolean[section.kop().size()];
        for (List<String> shown : section.rijen()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Object cell = i < section.tekstKolommen() ? shown.get(i) : figure(shown.get(i));
                if (cell instanceof BigDecimal number) {
                    numeric[i] = true;
                    decimals[i] = Math.max(decimals[i], Math.max(0, number.scale()));
                }
                row.add(cell);
            }
            rows.add(row);
        }
        List<ExportTable.Column> columns = new ArrayList<>();
        for (int i = 0; i < section.kop().size(); i++) {
            columns.add(
                    numeric[i]
                            ? ExportTable.Column.number(section.kop().get(i), decimals[i])
                            : ExportTable.Column.text(section.kop().get(i)));
        }
        List<List<String>> notes = List.of(
                List.of("Tabel", section.tabelTitel()),
                List.of("Onderdeel", thema.titel() + ": " + section.titel()),
                List.of("Samenvatting", section.samenvatting()),
                List.of("Bron", "Dekkend, publicatie " + publicatie),
                List.of("Bekeken als", viewer.naam() + " (" + viewer.rol().code() + ")"),
                List.of("Onderdrukt", "Kleine aantallen zijn onderdrukt zoals op de pagina."));
        return new ExportTable(
                "thema_" + thema.id() + "_" + section.id().replaceAll("[^a-z0-9_-]", "_"),
                section.titel(),
                columns,
                rows,
                notes);
    }

    /** A cell of a figure column: a number when written as one the Dutch way, else the text as shown. */
    static Object figure(String shown) {
        if (shown == null || shown.isBlank()) {
            return null;
        }
        String s = shown.strip();
        if (!DUTCH_NUMBER.matcher(s).matches()) {
            return shown;
        }
        return new BigDecimal(s.replace(".", "").replace(',', '.'));
    }
}
