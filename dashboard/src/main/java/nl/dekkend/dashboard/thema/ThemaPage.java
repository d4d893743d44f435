package nl.dekkend.dashboard.thema;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.export.FigureTables;
import nl.dekkend.dashboard.indicator.AreaView;
import nl.dekkend.dashboard.indicator.Drill;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.kpi.SourceAvailability;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.InvalidParameterException;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code GET /thema/{thema}}: the indicators the catalog names for one thema, with their latest SWV value, status and
 * trend.
 */
public final class ThemaPage {

    private final ServingDatabase database;
    private final Templates templates;
    private final Layouts layouts;
    private final Export export;

    public ThemaPage(ServingDatabase database, Templates templates, Layouts layouts, Export export) {
        this.database = database;
        this.templates = templates;
        this.layouts = layouts;
        this.export = export;
    }

    /**
     * The parts of a theme page beyond the indicator cards, each answering the commission's question with the chart
     * that suits the data; the figures come from {@code toegang.Figures}.
     */
    static List<ThemaSection> sections(
            Thema thema,
            Figures figures,
            Niveau niveaus,
            Optional<Area> swv,
            List<KpiValue> totals,
            List<KpiDefinition> definitions) {
        SectionLinks links = new SectionLinks(niveaus, figures);
        return switch (thema.id()) {
            case "thuiszitters" ->
                swv
                        .flatMap(area -> ThuiszittersSection.build(
                                figures.values(ThuiszittersSection.PEILDATUM, null, "swv").stream()
                                        .filter(v -> v.gebied().equals(area.code()))
                                        .toList(),
                                totals,
                                links))
                        .stream()
                        .toList();
            case "thuisnabijheid" ->
                java.util.stream.Stream.of(
                                ThuisnabijSection.build(
                                        ThuisnabijSection.PARTS.stream()
                                                .flatMap(id -> figures.values(id, null, "wijk").stream())
                                                .toList(),
                                        links)
                                        .stream(),
                                swv.flatMap(area -> AfstandenSection.build(figures.distances(), area, links)).stream(),
                                StromenSection.build(figures.flows()).stream(),
                                VestigingenSection.build(figures.origins(), links).stream())
                        .flatMap(java.util.function.Function.identity())
                        .toList();
            case "financien" ->
                java.util.stream.Stream.concat(
                                FinanceSections.build(totals).stream(), BekostigingSection.build(totals).stream())
                        .toList();
            case "deelname" ->
                WoongemeenteSection.build(
                                WoongemeenteSection.IDS.stream()
                                        .flatMap(id -> figures.values(id, null, "gemeente").stream())
                                        .toList(),
                                links)
                        .stream()
                        .toList();
            case "toeleiding" ->
                ToeleidingSection.build(totals, definitions).stream().toList();
            case "basiskwaliteit" ->
                BasiskwaliteitSection.build(
                                figures.values(BasiskwaliteitSection.SOP, null, "bestuur"),
                                figures.values(BasiskwaliteitSection.INSPECTIE, null, "bestuur"),
                                links)
                        .stream()
                        .toList();
            case "tijdelijkheid" ->
                SurvivalSection.build(figures.survival()).stream().toList();
            case "dekkend_aanbod" ->
                CoverageSection.build(figures.matrix(), links).stream().toList();
            default -> List.of();
        };
    }

    /**
     * The account's sections, with a sentence in place of each part that has figures for the SWV as a whole but none
     * within the account's own areas (a gemeente whose wijken have no figures, a bestuur on a page about wijken), in
     * the page's order; {@code everyArea} are the sections for every area (empty for an account that sees them all).
     */
    static List<ThemaSection> withOutOfScope(List<ThemaSection> own, List<ThemaSection> everyArea, Viewer viewer) {
        Map<String, ThemaSection> byId = own.stream().collect(Collectors.toMap(ThemaSection::id, Function.identity()));
        String sentence = viewer.ownAreas().isEmpty()
                ? "Uw account is nog niet aan een gemeente of bestuur gekoppeld en ziet alleen de totalen van het"
                        + " samenwerkingsverband; voor dit onderdeel zijn er daarom geen cijfers."
                : "Binnen uw gebied (" + viewer.ownAreas() + ") zijn er voor dit onderdeel geen cijfers; uw account"
                        + " ziet alleen de cijfers van dat gebied en de totalen van het samenwerkingsverband.";
        List<ThemaSection> result = new java.util.ArrayList<>(own);
        for (int i = 0; i < everyArea.size(); i++) {
            ThemaSection wide = everyArea.get(i);
            if (!byId.containsKey(wide.id())) {
                result.add(
                        Math.min(i, result.size()),
                        new ThemaSection(
                                wide.id(),
                                wide.titel(),
                                sentence,
                                null,
                                "",
                                List.of(),
                                0,
                                List.of(),
                                List.of(),
                                false));
            }
        }
        return result;
    }

    /** Per indicator the links from its SWV figure down to the levels below, as far as the account sees them. */
    private static Map<String, List<AreaView.Choice>> drillDown(
            Niveau niveaus, List<String> ids, String swv, Figures figures) {
        return ids.stream()
                .collect(Collectors.toMap(
                        Function.identity(), id -> Drill.fromSwv(niveaus, id, swv, figures.values(id, null, null))));
    }

    public void show(Context ctx) {
        try (ServingReader reader = database.open()) {
            Thema thema = new ThemaQueries(reader).find(ctx.pathParam("thema")).orElseThrow(NotFoundResponse::new);
            KpiQueries kpis = new KpiQueries(reader);
            Map<String, KpiDefinition> catalog = kpis.definitions().stream()
                    .collect(Collectors.toMap(KpiDefinition::indicator, Function.identity()));
            List<KpiDefinition> definitions = thema.indicatoren().stream()
                    .filter(catalog::containsKey)
                    .map(catalog::get)
                    .toList();
            Optional<Area> swv = kpis.swv();
            List<String> ids =
                    definitions.stream().map(KpiDefinition::indicator).toList();
            Viewer viewer = Viewer.current(ctx);
            Figures figures = new Figures(reader, viewer, RequestNorms.of(ctx));
            // read when needed: a kept page needs none of them
            java.util.function.Supplier<List<KpiValue>> swvTotals =
                    () -> swv.map(area -> figures.swvTotals(area.code(), ids)).orElse(List.of());
            String formaat = Export.requested(ctx);
            String onderdeel = ctx.queryParam("onderdeel");
            if (formaat != null && onderdeel != null) {
                List<KpiValue> totals = swvTotals.get();
                ThemaSection section = sections(thema, figures, kpis.niveaus(), swv, totals, definitions).stream()
                        .filter(s -> s.id().equals(onderdeel) && !s.kop().isEmpty())
                        .findFirst()
                        .orElseThrow(() -> new InvalidParameterException("Het thema " + thema.titel()
                                + " heeft geen onderdeel '" + onderdeel + "' met een tabel."));
                export.send(ctx, formaat, SectionExport.of(thema, section, viewer, Export.publication(reader)));
                return;
            }
            if (formaat != null) {
                List<KpiValue> totals = swvTotals.get();
                export.send(
                        ctx,
                        formaat,
                        FigureTables.of(
                                "thema_" + thema.id(),
                                thema.titel() + ": de indicatoren op het niveau van het samenwerkingsverband",
                                definitions,
                                totals,
                                kpis.national(ids),
                                Viewer.current(ctx),
                                Export.publication(reader)));
                return;
            }
            // the same for every account with this scope and these norms: built once per publication
            layouts.page(reader, ctx, figures, templates, "thema/page", List.of("thema", thema.id()), List.of(), () -> {
                List<KpiValue> totals = swvTotals.get();
                return Map.of(
                        "title",
                        thema.titel(),
                        "active",
                        "thema-" + thema.id(),
                        "page",
                        ThemaView.build(
                                thema,
                                swv.map(Area::label).orElse(""),
                                definitions,
                                totals,
                                new SourceAvailability(kpis.sources()),
                                withOutOfScope(
                                        sections(thema, figures, kpis.niveaus(), swv, totals, definitions),
                                        viewer.seesEveryArea()
                                                ? List.of()
                                                : sections(
                                                        thema,
                                                        new Figures(reader, viewer.everyArea(), RequestNorms.of(ctx)),
                                                        kpis.niveaus(),
                                                        swv,
                                                        totals,
                                                        definitions),
                                        viewer),
                                swv.map(area -> drillDown(kpis.niveaus(), ids, area.code(), figures))
                                        .orElse(Map.of())));
            });
        }
    }
}
