package nl.dekkend.dashboard.vergelijking;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Comparison;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.InvalidParameterException;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code GET /vergelijking?indicator=&periode=&formaat=csv|xlsx}: the own SWV among all SWVs of DUO's national
 * per-SWV file ({@code swv_vergelijking}), per deelname indicator and schooljaar. Every account sees it (SWV totals are
 * in every scope); figures through {@code toegang.Figures}, so suppression holds as on every page.
 */
public final class VergelijkingPage {

    private final ServingDatabase database;
    private final Templates templates;
    private final Layouts layouts;
    private final Export export;

    public VergelijkingPage(ServingDatabase database, Templates templates, Layouts layouts, Export export) {
        this.database = database;
        this.templates = templates;
        this.layouts = layouts;
        this.export = export;
    }

    public void show(Context ctx) {
        String indicatorParam = ctx.queryParam("indicator");
        String periodeParam = ctx.queryParam("periode");
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            Figures figures = new Figures(reader, Viewer.current(ctx), RequestNorms.of(ctx));
            Optional<Area> swv = kpis.swv();
            List<String> ids = figures.comparisonIndicators();
            List<KpiDefinition> definitions = kpis.definitions().stream()
                    .filter(d -> ids.contains(d.indicator()))
                    .toList();
            if (indicatorParam != null
                    && definitions.stream().noneMatch(d -> d.indicator().equals(indicatorParam))) {
                throw new InvalidParameterException("Onbekende indicator voor de vergelijking: " + indicatorParam
                        + ". Kies een van: "
                        + String.join(
                                ", ",
                                definitions.stream()
                                        .map(KpiDefinition::indicator)
                                        .toList()) + ".");
            }
            String formaat = Export.requested(ctx);
            if (formaat != null) {
                Selection s = select(figures, definitions, swv, indicatorParam, periodeParam);
                if (s == null) {
                    throw new InvalidParameterException("Er is geen vergelijking om te downloaden.");
                }
                List<Comparison> cells = s.byIndicator().get(s.chosen().indicator()).stream()
                        .filter(c -> c.periode().equals(s.periode()))
                        .toList();
                export.send(ctx, formaat, s.view().export(s.chosen(), cells, swv.get(), toelichting(s, ctx, reader)));
                return;
            }
            layouts.page(
                    reader,
                    ctx,
                    figures,
                    templates,
                    "vergelijking/page",
                    List.of("vergelijking"),
                    java.util.Arrays.asList(indicatorParam, periodeParam),
                    () -> {
                        Selection s = select(figures, definitions, swv, indicatorParam, periodeParam);
                        Map<String, Object> model = new java.util.HashMap<>();
                        model.put("title", "Vergelijking met andere samenwerkingsverbanden");
                        model.put("active", "vergelijking");
                        model.put("page", s == null ? null : s.view()); // null: nothing to compare
                        return model;
                    });
        }
    }

    /** The chosen indicator and period with every indicator's rows; null when there is nothing to compare. */
    private record Selection(
            VergelijkingView view, KpiDefinition chosen, String periode, Map<String, List<Comparison>> byIndicator) {}

    private static Selection select(
            Figures figures,
            List<KpiDefinition> definitions,
            Optional<Area> swv,
            String indicatorParam,
            String periodeParam) {
        if (definitions.isEmpty() || swv.isEmpty()) {
            return null;
        }
        Map<String, List<Comparison>> byIndicator = new LinkedHashMap<>();
        definitions.forEach(d -> byIndicator.put(d.indicator(), figures.comparison(d.indicator())));
        KpiDefinition chosen = indicatorParam == null
                ? definitions.get(0)
                : definitions.stream()
                        .filter(d -> d.indicator().equals(indicatorParam))
                        .findFirst()
                        .orElseThrow();
        List<String> periodes = new ArrayList<>(byIndicator.get(chosen.indicator()).stream()
                .map(Comparison::periode)
                .distinct()
                .sorted(Periode.ORDER.reversed())
                .toList());
        if (periodes.isEmpty()) {
            return null;
        }
        String periode;
        if (periodeParam != null) {
            if (!periodes.contains(periodeParam)) {
                throw new InvalidParameterException("Geen vergelijking voor periode " + periodeParam
                        + ". Kies een van: " + String.join(", ", periodes) + ".");
            }
            periode = periodeParam;
        } else {
            // the newest period that has the own SWV, else the newest
            periode = byIndicator.get(chosen.indicator()).stream()
                    .filter(c -> c.swvCode().equals(swv.get().code()))
                    .map(Comparison::periode)
                    .max(Periode.ORDER)
                    .orElse(periodes.get(0));
        }
        return new Selection(
                VergelijkingView.build(swv.get(), definitions, byIndicator, chosen, periode, periodes),
                chosen,
                periode,
                byIndicator);
    }

    private static List<List<String>> toelichting(Selection s, Context ctx, ServingReader reader) {
        Viewer viewer = Viewer.current(ctx);
        Comparison any = s.byIndicator().get(s.chosen().indicator()).stream()
                .filter(c -> c.periode().equals(s.periode()))
                .min(Comparator.comparing(Comparison::swvCode))
                .orElseThrow();
        List<List<String>> notes = new ArrayList<>();
        notes.add(List.of("indicator", "naam", "definitie", "eenheid"));
        notes.add(List.of(
                s.chosen().indicator(),
                s.chosen().naam(),
                s.chosen().definitie(),
                s.chosen().eenheid()));
        notes.add(List.of());
        notes.add(List.of(
                "Tabel",
                s.chosen().naam() + " per samenwerkingsverband, " + s.periode()
                        + ", oplopend gesorteerd (plaats 1 = laagste)"));
        notes.add(List.of("Mediaan alle samenwerkingsverbanden", plain(any.mediaan())));
        notes.add(List.of("Landelijk, berekend uit alle samenwerkingsverbanden", plain(any.landelijkWaarde())));
        notes.add(List.of("Landelijk volgens DUO", plain(any.landelijkDuo())));
        notes.add(List.of(
                "Vergelijkbare grootte",
                "dezelfde grootteklasse: de samenwerkingsverbanden van het schooljaar in vijf even grote groepen naar"
                        + " het aantal leerlingen in BaO en SBO (1 = kleinste)"));
        notes.add(List.of(
                "Bron", "DUO, leerlingen per samenwerkingsverband; Dekkend, publicatie " + Export.publication(reader)));
        notes.add(List.of("Bekeken als", viewer.naam() + " (" + viewer.rol().code() + ")"));
        return notes;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null
                ? ""
                : value.setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }
}
