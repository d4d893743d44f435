package nl.dekkend.dashboard.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.appdb.pdca.Analysis;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.NationalValue;
import nl.dekkend.dashboard.pdca.CycleFigures;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.pdca.PdcaAccess;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * The model of the OOGO-overzicht of one gemeente for one schooljaar: per thema the gemeente's figures (its residents
 * or its area, as the catalog defines the indicator at level gemeente) against the SWV and landelijk, read through the
 * privacy layer for a gemeente account bound to that gemeente, and the cycle analyses and actions that concern it.
 */
final class OogoOverzicht {

    /** The themes an OOGO is about, in this order. */
    private static final List<String> THEMES = List.of(
            "thuiszitters",
            "thuisnabijheid",
            "deelname",
            "leerlingen",
            "toeleiding",
            "tijdelijkheid",
            "dekkend_aanbod");

    /** The share whose teller and noemer show the gemeente's residents with an arrangement (issue 11). */
    static final String IN_REGULIER = "arrangementen_in_regulier";

    public record Row(String naam, Cell gemeente, Cell swv, String landelijk, StatusLabel status, String norm) {}

    public record Block(String titel, List<Row> rows) {}

    public record CycleNote(String cyclus, String indicatorNaam, String tekst) {}

    private OogoOverzicht() {}

    static Map<String, Object> model(
            ServingReader reader, Pdca pdca, Viewer viewer, String gemeente, String periode, LocalDate today) {
        NormSet norms = pdca.normsFor(reader);
        Figures figures = new Figures(reader, viewer, norms);
        KpiQueries kpis = new KpiQueries(reader);
        Themes themes = Themes.of(reader);
        Area swv = Reports.swv(kpis);
        if (!figures.sees("gemeente", gemeente)) {
            throw new Reports.Onbekend("Gemeente " + gemeente + " staat niet in de publicatie van " + swv.label()
                    + ": geen gemeente van dit samenwerkingsverband.");
        }
        Map<String, KpiDefinition> definitions = CycleFigures.byId(kpis.definitions());
        List<KpiDefinition> chosen = definitions.values().stream()
                .filter(d -> THEMES.contains(d.thema()) && d.niveaus().contains("gemeente"))
                .sorted(Comparator.comparingInt((KpiDefinition d) -> THEMES.indexOf(d.thema())))
                .toList();
        List<String> ids = chosen.stream().map(KpiDefinition::indicator).toList();
        List<KpiValue> swvTotals = figures.swvTotals(swv.code(), ids).stream()
                .filter(v -> v.uitsplitsing().isEmpty())
                .toList();
        // the schooljaren the publication has figures for: where at least a quarter of these indicators has a value
        // (a source that runs ahead, such as arrangementen ending in later years, does not make a year)
        Map<String, Long> perPeriod = swvTotals.stream()
                .filter(v -> v.periode().contains("-"))
                .collect(Collectors.groupingBy(KpiValue::periode, Collectors.counting()));
        long withFigures =
                swvTotals.stream().map(KpiValue::indicator).distinct().count();
        TreeSet<String> periods = perPeriod.entrySet().stream()
                .filter(e -> e.getValue() * 4 >= withFigures)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!periods.contains(periode)) {
            throw new Reports.Onbekend("Geen cijfers voor schooljaar " + periode + " in de publicatie"
                    + (periods.isEmpty()
                            ? "."
                            : "; er zijn schooljaren " + periods.first() + " t/m " + periods.last() + "."));
        }
        Map<String, NationalValue> national = kpis.national(ids).stream()
                .filter(n -> n.periode().equals(periode))
                .collect(Collectors.toMap(NationalValue::indicator, n -> n, (a, b) -> a));
        String naam = gemeente;
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (KpiDefinition d : chosen) {
            Optional<KpiValue> own = figures.values(d.indicator(), periode, "gemeente").stream()
                    .filter(v -> v.gebied().equals(gemeente) && v.uitsplitsing().isEmpty())
                    .findFirst();
            Optional<KpiValue> total = swvTotals.stream()
                    .filter(v ->
                            v.indicator().equals(d.indicator()) && v.periode().equals(periode))
                    .findFirst();
            if (own.isEmpty() && total.isEmpty()) {
                continue;
            }
            if (own.isPresent() && own.get().gebiedNaam() != null) {
                naam = own.get().gebiedNaam();
            }
            NationalValue land = national.get(d.indicator());
            KpiValue g = own.orElse(null);
            blocks.computeIfAbsent(d.thema(), t -> new Block(themes.titel(t), new ArrayList<>()))
                    .rows()
                    .add(new Row(
                            d.naam(),
                            cell(g, d),
                            cell(total.orElse(null), d),
                            land == null
                                    ? DutchFormat.NO_VALUE
                                    : DutchFormat.value(land.waarde(), d.eenheid(), d.decimalen()),
                            g == null || g.onderdrukt() ? StatusLabel.NONE : StatusLabel.of(g.status()),
                            g == null || g.norm() == null
                                    ? "geen norm"
                                    : nl.dekkend.dashboard.format.NormText.of(
                                            g.norm(), d.richting(), d.eenheid(), d.decimalen())));
            if (d.indicator().equals(IN_REGULIER)) {
                residentsWithSupport(blocks.get(d.thema()).rows(), g, total.orElse(null));
            }
        }

        // the cycles of this schooljaar: actions that name the gemeente, analyses that mention it
        String gemeenteNaam = naam;
        List<CycleNote> notes = new ArrayList<>();
        List<NumberedAction> acties = new ArrayList<>();
        for (Cycle cycle : pdca.cycles().list()) {
            if (!cycle.schooljaar().equals(periode)) {
                continue;
            }
            for (Map.Entry<String, Analysis> a :
                    pdca.analyses().current(cycle.code()).entrySet()) {
                String tekst = a.getValue().tekst();
                if (tekst.contains(gemeente) || tekst.contains(gemeenteNaam)) {
                    KpiDefinition d = definitions.get(a.getKey());
                    notes.add(new CycleNote(cycle.code(), d == null ? a.getKey() : d.naam(), tekst));
                }
            }
            LocalDate asOf = cycle.isOpen()
                    ? today
                    : cycle.geslotenOp()
                            .atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                            .toLocalDate();
            Set<String> seen = acties.stream().map(n -> n.action().id()).collect(Collectors.toSet());
            for (Action a : PdcaAccess.visible(viewer, pdca.actions().forCycle(cycle))) {
                if (gemeente.equals(a.gemeente()) && !seen.contains(a.id())) {
                    KpiDefinition d = definitions.get(a.indicator());
                    acties.add(new NumberedAction(
                            acties.size() + 1, a, d == null ? a.indicator() : d.naam(), false, a.overdue(asOf)));
                }
            }
        }

        Map<String, Object> model = new HashMap<>();
        String title = "OOGO-overzicht gemeente " + gemeenteNaam + " (" + gemeente + "), schooljaar " + periode;
        model.put("title", title);
        model.put(
                "description",
                "De cijfers van " + swv.label() + " voor gemeente " + gemeenteNaam + " in schooljaar " + periode
                        + ", naast het samenwerkingsverband en landelijk, voor het op overeenstemming gericht overleg (OOGO).");
        model.put("swv", swv);
        model.put("gemeente", gemeente);
        model.put("gemeenteNaam", gemeenteNaam);
        model.put("periode", periode);
        model.put("gemaakt", DutchFormat.date(today));
        model.put("blocks", List.copyOf(blocks.values()));
        model.put("notes", notes);
        model.put("acties", acties);
        // one trend per theme, so the overview stays short: its first headline indicator (the catalog's kern) with
        // figures over at least two schooljaren, else its first indicator that has them
        List<OogoVerloop> verloop = new ArrayList<>();
        for (String thema : THEMES) {
            List<String> kern = themes.kern(thema);
            chosen.stream()
                    .filter(d -> d.thema().equals(thema))
                    .filter(d -> blocks.values().stream()
                            .anyMatch(b ->
                                    b.rows().stream().anyMatch(r -> r.naam().equals(d.naam()))))
                    .sorted(Comparator.comparingInt((KpiDefinition d) -> kern.contains(d.indicator()) ? 0 : 1))
                    .map(d -> OogoVerloop.of(
                            d,
                            gemeenteNaam,
                            figures.values(d.indicator(), null, "gemeente").stream()
                                    .filter(v -> v.gebied().equals(gemeente))
                                    .toList(),
                            swvTotals.stream()
                                    .filter(v -> v.indicator().equals(d.indicator()))
                                    .toList(),
                            periode))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(verloop::add);
        }
        model.put("verloop", verloop);
        List<nl.dekkend.dashboard.toegang.Flow> flows = figures.flows();
        model.put("stromen", OogoStromen.gemeente(flows, periode, gemeente, gemeenteNaam));
        model.put("stromenSwv", OogoStromen.swv(flows, periode, swv.code()));
        model.put("suppressed", DutchFormat.SUPPRESSED_EXPLANATION);
        model.put(
                "definitions",
                chosen.stream()
                        .filter(d -> blocks.values().stream()
                                .anyMatch(b ->
                                        b.rows().stream().anyMatch(r -> r.naam().equals(d.naam()))))
                        .toList());
        return model;
    }

    /**
     * The gemeente's residents with extra support and those of them with an arrangement in a regular school, as
     * counts: the noemer and teller of {@code arrangementen_in_regulier}, which counts by where the pupil lives (a
     * pupil with a placement counts at the placement, so the teller is the residents with an arrangement in a
     * regular school). Hidden where the share is.
     */
    private static void residentsWithSupport(List<Row> rows, KpiValue gemeente, KpiValue swv) {
        rows.add(new Row(
                "Inwoners met extra ondersteuning (plaatsing in SBO/SO of arrangement)",
                count(gemeente, KpiValue::noemer),
                count(swv, KpiValue::noemer),
                DutchFormat.NO_VALUE,
                StatusLabel.NONE,
                DutchFormat.NO_VALUE));
        rows.add(new Row(
                "van wie met een arrangement op een reguliere school",
                count(gemeente, KpiValue::teller),
                count(swv, KpiValue::teller),
                DutchFormat.NO_VALUE,
                StatusLabel.NONE,
                DutchFormat.NO_VALUE));
    }

    private static Cell count(KpiValue v, java.util.function.Function<KpiValue, java.math.BigDecimal> part) {
        return v == null ? new Cell(DutchFormat.NO_VALUE, false) : Cell.count(part.apply(v), v.onderdrukt());
    }

    private static Cell cell(KpiValue v, KpiDefinition d) {
        if (v == null) {
            return new Cell(DutchFormat.NO_VALUE, false);
        }
        return Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt());
    }
}
