package nl.dekkend.dashboard.rapport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.appdb.pdca.Analysis;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.datakwaliteit.DatakwaliteitQueries;
import nl.dekkend.dashboard.datakwaliteit.DatakwaliteitView;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.pdca.CycleFigures;
import nl.dekkend.dashboard.pdca.FigureRow;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.pdca.PdcaAccess;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * The model of the Kwaliteitsrapportage of one cycle: its figures as presented in that cycle (the PDCA pages'
 * {@link CycleFigures}, through the privacy layer for the given account), the headline indicators with a trend chart
 * each, per thema the commissie's analyses and actions, the actions carried over and overdue, finance, the data
 * quality and the definitions of the indicators it shows.
 */
final class Kwaliteitsrapportage {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String FINANCIEN = "financien";
    private static final int TREND_PERIODS = 10;

    /** A headline indicator: its figure in the cycle, its trend and its numbered actions. */
    public record Headline(FigureRow row, String definitie, Trend trend, List<NumberedAction> acties, String nu) {}

    /** One thema: its figures, the analyses written for them and their actions. */
    public record ThemaBlock(
            String titel, List<FigureRow> rows, List<AnalysisText> analyses, List<NumberedAction> acties) {}

    public record AnalysisText(String indicatorNaam, String tekst, String door) {}

    private Kwaliteitsrapportage() {}

    static Map<String, Object> model(ServingReader reader, Pdca pdca, Viewer viewer, Cycle cycle, LocalDate today) {
        NormSet norms = pdca.normsFor(reader);
        Figures figures = new Figures(reader, viewer, norms);
        KpiQueries kpis = new KpiQueries(reader);
        Themes themes = Themes.of(reader);
        Map<String, KpiDefinition> definitions = CycleFigures.byId(kpis.definitions());
        LocalDate asOf = cycle.isOpen() ? today : cycle.geslotenOp().atZone(NL).toLocalDate();
        List<Action> actions = PdcaAccess.visible(viewer, pdca.actions().forCycle(cycle));
        Map<String, Analysis> analyses = pdca.analyses().current(cycle.code());
        List<FigureRow> rows = CycleFigures.rows(
                        cycle,
                        pdca.cycles().figures(cycle.code()),
                        definitions,
                        figures,
                        norms,
                        analyses,
                        actions,
                        asOf)
                .stream()
                .filter(r -> r.niveau().equals("swv"))
                .sorted(Comparator.comparing(
                                (FigureRow r) -> definitions.get(r.indicator()).thema(), themes.order())
                        .thenComparing(r -> List.copyOf(definitions.keySet()).indexOf(r.indicator())))
                .toList();
        List<String> order = rows.stream().map(FigureRow::indicator).toList();

        // number the actions in the order of the report: by indicator as shown, then deadline
        List<NumberedAction> numbered = new ArrayList<>();
        actions.stream()
                .filter(a -> order.contains(a.indicator()))
                .sorted(Comparator.comparing((Action a) -> order.indexOf(a.indicator()))
                        .thenComparing(Action::deadline)
                        .thenComparing(Action::aangemaaktOp))
                .forEach(a -> numbered.add(new NumberedAction(
                        numbered.size() + 1,
                        a,
                        definitions.get(a.indicator()).naam(),
                        !a.cyclus().equals(cycle.code()),
                        a.overdue(asOf))));

        Area swv = Reports.swv(kpis);
        List<Headline> headlines = new ArrayList<>();
        for (FigureRow row : rows) {
            // a headline: an indicator with a norm, in the cycle or in force now for its period
            boolean normed = row.status().present()
                    || norms.norm(row.indicator(), row.periode()).isPresent();
            if (!normed || row.waarde().onderdrukt()) {
                continue;
            }
            KpiDefinition d = definitions.get(row.indicator());
            List<KpiValue> totals = figures.swvTotals(swv.code(), List.of(d.indicator())).stream()
                    .filter(v -> v.uitsplitsing().isEmpty() && v.periode().compareTo(cycle.schooljaar()) <= 0)
                    .sorted(Comparator.comparing(KpiValue::periode))
                    .toList();
            // the last ten periods: the plan's years and the ones before, one page per indicator
            totals = totals.subList(Math.max(0, totals.size() - TREND_PERIODS), totals.size());
            List<NumberedAction> own = numbered.stream()
                    .filter(n -> n.action().indicator().equals(d.indicator()))
                    .toList();
            // the cycle had no norm for it, one is in force now: say how the value fares by that one
            String nu = "";
            if (!row.status().present()) {
                KpiValue cycleValue = totals.stream()
                        .filter(v -> v.periode().equals(row.periode()))
                        .findFirst()
                        .orElse(null);
                NormSet.Judgement j =
                        norms.judge(d.indicator(), row.periode(), cycleValue == null ? null : cycleValue.waarde());
                if (j.norm() != null) {
                    nu = "In deze cyclus gold nog geen norm; volgens de norm die nu geldt ("
                            + NormText.of(j.norm().norm(), j.norm().richting(), d.eenheid(), d.decimalen())
                            + ", planperiode " + j.norm().planperiode() + ") is de status: "
                            + StatusLabel.of(j.status()).text() + ".";
                }
            }
            headlines.add(new Headline(row, d.definitie(), Trend.of(d, totals, norms, own), own, nu));
        }

        Map<String, ThemaBlock> blocks = new LinkedHashMap<>();
        for (FigureRow row : rows) {
            String thema = definitions.get(row.indicator()).thema();
            if (FINANCIEN.equals(thema)) {
                continue;
            }
            ThemaBlock block = blocks.computeIfAbsent(
                    thema,
                    t -> new ThemaBlock(themes.titel(t), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            block.rows().add(row);
            Analysis analysis = analyses.get(row.indicator());
            if (analysis != null) {
                block.analyses().add(new AnalysisText(row.naam(), analysis.tekst(), analysis.door()));
            }
            numbered.stream()
                    .filter(n -> n.action().indicator().equals(row.indicator()))
                    .forEach(block.acties()::add);
        }
        List<FigureRow> finance = rows.stream()
                .filter(r -> FINANCIEN.equals(definitions.get(r.indicator()).thema()))
                .toList();
        List<AnalysisText> financeAnalyses = finance.stream()
                .filter(r -> analyses.containsKey(r.indicator()))
                .map(r -> new AnalysisText(
                        r.naam(),
                        analyses.get(r.indicator()).tekst(),
                        analyses.get(r.indicator()).door()))
                .toList();

        DatakwaliteitQueries quality = new DatakwaliteitQueries(reader);
        DatakwaliteitView kwaliteit = DatakwaliteitView.build(
                kpis.sources(),
                kpis.definitions(),
                quality.fileLoads(),
                quality.quarantineReasons(),
                quality.dataTests());
        long quarantaine =
                kpis.sources().stream().mapToLong(s -> s.rijenQuarantaine()).sum();

        String title = "Kwaliteitsrapportage " + swv.label() + ", cyclus " + cycle.code();
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put(
                "description",
                "De kwaliteitsrapportage voor de ledenraad van " + swv.label() + " over de PDCA-cyclus " + cycle.code()
                        + ": indicatoren met norm en status, de analyse en verbeteracties van de"
                        + " kwaliteitscommissie, financiën en datakwaliteit.");
        model.put("swv", swv);
        model.put("cyclus", cycle.code());
        model.put("schooljaar", cycle.schooljaar());
        model.put("gesloten", !cycle.isOpen());
        model.put(
                "cyclusStatus",
                cycle.isOpen()
                        ? "Deze cyclus is nog open: de cijfers zijn voorlopig."
                        : "Gesloten op " + DutchFormat.date(asOf)
                                + "; de cijfers zijn vastgelegd zoals de cyclus ze toen toonde.");
        model.put("publicatie", cycle.publicatie() == null ? "" : cycle.publicatie());
        model.put("publicatiedatum", DutchFormat.date(asOf));
        model.put("gemaakt", DutchFormat.date(today));
        model.put("rows", rows);
        model.put("headlines", headlines);
        model.put("themes", List.copyOf(blocks.values()));
        model.put("finance", finance);
        model.put("financeAnalyses", financeAnalyses);
        model.put("acties", numbered);
        model.put(
                "meegenomen",
                numbered.stream().filter(NumberedAction::meegenomen).toList());
        model.put("overdue", numbered.stream().filter(NumberedAction::overdue).toList());
        model.put("kwaliteit", kwaliteit);
        model.put("quarantaine", DutchFormat.count(quarantaine));
        model.put("definitions", order.stream().distinct().map(definitions::get).toList());
        model.put("suppressed", DutchFormat.SUPPRESSED_EXPLANATION);
        return model;
    }
}
