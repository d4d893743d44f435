package nl.dekkend.dashboard.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.NationalValue;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * The figures of a page as an {@link ExportTable}: one row per indicator, period, area and breakdown, the way
 * {@code toegang.Figures} gave them to the viewer (a hidden cell has no teller, noemer, waarde, norm or status: its
 * waarde reads {@code < 5}), with the landelijk figure of the same period where one is published. The second sheet
 * holds each indicator's definition and sources, and whose view the file is.
 */
public final class FigureTables {

    private FigureTables() {}

    public static ExportTable of(
            String bestand,
            String titel,
            List<KpiDefinition> definitions,
            List<KpiValue> values,
            List<NationalValue> national,
            Viewer viewer,
            String publicatie) {
        Map<String, KpiDefinition> byId = definitions.stream()
                .collect(Collectors.toMap(KpiDefinition::indicator, Function.identity(), (a, b) -> a));
        int decimals =
                definitions.stream().mapToInt(KpiDefinition::decimalen).max().orElse(2);
        List<ExportTable.Column> columns = List.of(
                ExportTable.Column.text("indicator"),
                ExportTable.Column.text("naam"),
                ExportTable.Column.text("periode"),
                ExportTable.Column.text("niveau"),
                ExportTable.Column.text("gebied"),
                ExportTable.Column.text("gebied_naam"),
                ExportTable.Column.text("uitsplitsing"),
                ExportTable.Column.number("teller", 0),
                ExportTable.Column.number("noemer", 0),
                ExportTable.Column.number("waarde", decimals),
                ExportTable.Column.text("eenheid"),
                ExportTable.Column.number("norm", decimals),
                ExportTable.Column.text("status"),
                ExportTable.Column.number("landelijk", decimals));
        List<String> order = definitions.stream().map(KpiDefinition::indicator).toList();
        List<KpiValue> sorted = values.stream()
                .filter(v -> byId.containsKey(v.indicator()))
                .sorted(Comparator.comparing((KpiValue v) -> order.indexOf(v.indicator()))
                        .thenComparing(KpiValue::periode, Periode.ORDER)
                        .thenComparing(KpiValue::niveau)
                        .thenComparing(KpiValue::gebied)
                        .thenComparing(KpiValue::uitsplitsing))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (KpiValue v : sorted) {
            KpiDefinition d = byId.get(v.indicator());
            List<Object> row = new ArrayList<>();
            row.add(v.indicator());
            row.add(d.naam());
            row.add(v.periode());
            row.add(v.niveau());
            row.add(v.gebied());
            row.add(v.gebiedNaam());
            row.add(v.uitsplitsing());
            row.add(v.onderdrukt() ? null : v.teller());
            row.add(v.onderdrukt() ? null : v.noemer());
            row.add(v.onderdrukt() ? DutchFormat.SUPPRESSED : v.waarde());
            row.add(d.eenheid());
            row.add(v.onderdrukt() ? null : v.norm());
            row.add(v.onderdrukt() ? "" : StatusLabel.of(v.status()).kort());
            row.add(national.stream()
                    .filter(n ->
                            n.indicator().equals(v.indicator()) && n.periode().equals(v.periode()))
                    .map(NationalValue::waarde)
                    .findFirst()
                    .orElse(null));
            rows.add(row);
        }
        List<List<String>> notes = new ArrayList<>();
        notes.add(List.of("indicator", "naam", "definitie", "eenheid", "bronnen"));
        for (KpiDefinition d : definitions) {
            notes.add(List.of(
                    d.indicator(), d.naam(), d.definitie().strip(), d.eenheid(), String.join(", ", d.bronnen())));
        }
        notes.add(List.of());
        notes.add(List.of("Tabel", titel));
        notes.add(List.of("Bron", "Dekkend, publicatie " + publicatie));
        notes.add(List.of("Bekeken als", viewer.naam() + " (" + viewer.rol().code() + ")"));
        notes.add(List.of(
                "Onderdrukt",
                DutchFormat.SUPPRESSED + ": " + DutchFormat.SUPPRESSED_EXPLANATION
                        + "; teller, noemer, norm en status van zo'n cel zijn leeg."));
        return new ExportTable(bestand, "Cijfers", columns, rows, notes);
    }
}
