package nl.dekkend.dashboard.datakwaliteit;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.dekkend.dashboard.export.ExportTable;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.kpi.SourceStatus;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.InvalidParameterException;

/**
 * The tables of the Datakwaliteit page as {@link ExportTable}s ({@code ?tabel=bronnen|bestanden|quarantaine|datatests}):
 * counts as numbers, moments the Dutch way. They hold no pupil-level detail: quarantine examples are row numbers, and
 * a data test's failing rows never leave the dashboard this way.
 */
final class DatakwaliteitExports {

    static final List<String> TABELLEN = List.of("bronnen", "bestanden", "quarantaine", "datatests");

    private DatakwaliteitExports() {}

    static ExportTable table(
            String tabel,
            List<SourceStatus> sources,
            List<FileLoad> loads,
            List<QuarantineReason> reasons,
            List<DataTestResult> tests,
            Viewer viewer,
            String publicatie) {
        if (tabel == null || !TABELLEN.contains(tabel)) {
            throw new InvalidParameterException("Onbekende tabel '" + (tabel == null ? "" : tabel) + "'; kies uit "
                    + String.join(", ", TABELLEN) + ".");
        }
        return switch (tabel) {
            case "bronnen" ->
                table(
                        tabel,
                        "Bronnen",
                        "Per bron: aangeleverd, bestanden, rijen geladen en in quarantaine, laatste lading en nieuwste periode",
                        List.of(
                                ExportTable.Column.text("bron"),
                                ExportTable.Column.text("aangeleverd"),
                                ExportTable.Column.number("bestanden", 0),
                                ExportTable.Column.number("rijen_geladen", 0),
                                ExportTable.Column.number("rijen_quarantaine", 0),
                                ExportTable.Column.text("laatste_lading"),
                                ExportTable.Column.text("nieuwste_periode")),
                        sources,
                        s -> Arrays.asList(
                                s.bron(),
                                s.aanwezig() ? "ja" : "nee",
                                BigDecimal.valueOf(s.bestanden()),
                                BigDecimal.valueOf(s.rijenGeladen()),
                                BigDecimal.valueOf(s.rijenQuarantaine()),
                                moment(s.laatsteLading()),
                                s.nieuwstePeriode() == null
                                                || s.nieuwstePeriode().isBlank()
                                        ? null
                                        : DatakwaliteitView.periode(s.nieuwstePeriode())),
                        viewer,
                        publicatie);
            case "bestanden" ->
                table(
                        tabel,
                        "Bestanden",
                        "De laatste lading van elk bestand",
                        List.of(
                                ExportTable.Column.text("bron"),
                                ExportTable.Column.text("bestand"),
                                ExportTable.Column.text("status"),
                                ExportTable.Column.number("rijen", 0),
                                ExportTable.Column.number("geladen", 0),
                                ExportTable.Column.number("quarantaine", 0),
                                ExportTable.Column.text("geladen_op"),
                                ExportTable.Column.text("melding")),
                        loads,
                        f -> Arrays.asList(
                                f.bron(),
                                f.bestand(),
                                DatakwaliteitView.statusText(f.status()),
                                BigDecimal.valueOf(f.rijen()),
                                BigDecimal.valueOf(f.geladen()),
                                BigDecimal.valueOf(f.quarantaine()),
                                moment(f.geladenOp()),
                                f.melding()),
                        viewer,
                        publicatie);
            case "quarantaine" ->
                table(
                        tabel,
                        "Quarantaine",
                        "Rijen in quarantaine per bestand, kolom en reden, met voorbeelden van rijnummers",
                        List.of(
                                ExportTable.Column.text("bron"),
                                ExportTable.Column.text("bestand"),
                                ExportTable.Column.text("kolom"),
                                ExportTable.Column.text("reden"),
                                ExportTable.Column.number("aantal_rijen", 0),
                                ExportTable.Column.text("voorbeeldrijen")),
                        reasons,
                        r -> Arrays.asList(
                                r.bron(),
                                r.bestand(),
                                r.kolom(),
                                r.reden(),
                                BigDecimal.valueOf(r.aantal()),
                                r.voorbeeldRijen()),
                        viewer,
                        publicatie);
            default ->
                table(
                        tabel,
                        "Datatests",
                        "De datatests van de run van deze publicatie, geslaagd en gefaald",
                        List.of(
                                ExportTable.Column.text("model"),
                                ExportTable.Column.text("test"),
                                ExportTable.Column.text("geslaagd"),
                                ExportTable.Column.number("foute_rijen", 0)),
                        tests,
                        t -> Arrays.asList(
                                t.model(), t.test(), t.geslaagd() ? "ja" : "nee", BigDecimal.valueOf(t.fouteRijen())),
                        viewer,
                        publicatie);
        };
    }

    private static <T> ExportTable table(
            String tabel,
            String blad,
            String titel,
            List<ExportTable.Column> columns,
            List<T> rows,
            Function<T, List<Object>> row,
            Viewer viewer,
            String publicatie) {
        return new ExportTable(
                "datakwaliteit_" + tabel,
                blad,
                columns,
                rows.stream().map(row).toList(),
                List.of(
                        List.of("Tabel", "Datakwaliteit: " + titel),
                        List.of("Bron", "Dekkend, publicatie " + publicatie),
                        List.of(
                                "Bekeken als",
                                viewer.naam() + " (" + viewer.rol().code() + ")")));
    }

    private static String moment(LocalDateTime moment) {
        return moment == null ? null : DutchFormat.dateTime(moment);
    }
}
