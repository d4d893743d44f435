package nl.dekkend.dashboard.toegang;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.serving.ServingReader;

/**
 * The one way indicator figures leave the publication: pages, charts, the API and exports all read them here. Every
 * row passes the account's scope ({@link Viewer#sees}) and, for roles that see suppressed figures, the privacy rule
 * ({@link Disclosure}); what is out of scope is left out, what is hidden has no figures. Norm and status are those
 * of the norms in force (app database, per planperiode), not the publication's.
 */
public final class Figures {

    private final ServingReader reader;
    private final Viewer viewer;
    private final Disclosure disclosure;
    private final Hierarchy hierarchy;
    private final NormSet norms;
    private final java.util.Map<String, java.util.Optional<nl.dekkend.appdb.pdca.Norm>> normsUsed =
            new java.util.HashMap<>();

    public Figures(ServingReader reader, Viewer viewer, NormSet norms) {
        this.reader = reader;
        this.viewer = viewer;
        this.norms = norms;
        this.hierarchy = reader.memo(
                "toegang/hierarchy",
                () -> new Hierarchy(reader.list(
                        "toegang/hierarchy",
                        row -> new Place(
                                row.getString("niveau"),
                                row.getString("gebied"),
                                row.getString("wijk_code"),
                                row.getString("stadsdeel_code"),
                                row.getString("gemeente_code"),
                                row.getString("bestuur_code"),
                                row.getString("swv_code")))));
        this.disclosure = reader.memo(
                "toegang/disclosure",
                () -> new Disclosure(
                        reader
                                .list(
                                        "toegang/settings",
                                        row -> new PrivacySetting(
                                                row.getString("indicator"),
                                                row.getBoolean("onderdruk_klein"),
                                                row.getInt("drempel"),
                                                row.getString("geheel")))
                                .stream()
                                .collect(Collectors.toMap(PrivacySetting::indicator, Function.identity())),
                        hierarchy,
                        allComparisons().stream()
                                .map(c -> Disclosure.member(c.indicator(), c.periode(), c.swvCode()))
                                .collect(Collectors.toSet())));
    }

    public Viewer viewer() {
        return viewer;
    }

    /**
     * A value built from this account's figures (a page's model, a section, chart options), computed once per
     * publication for every account that sees the same: the key is {@code what} (the page and what it shows) and
     * {@code parameters} (every request parameter the value depends on, null when not given) plus the account's role and its gemeenten and besturen (which decide its scope
     * and whether figures are suppressed) and the norms in force (which decide norm and status). Two accounts with
     * different scopes never share a value; a new publication or a changed norm starts afresh.
     */
    public <T> T view(List<String> what, List<String> parameters, java.util.function.Supplier<T> compute) {
        // parameters may be null (not given), which is not the same as any text
        return reader.view(
                new ViewKey(
                        List.copyOf(what),
                        new java.util.ArrayList<>(parameters),
                        viewer.rol(),
                        viewer.gemeenten(),
                        viewer.besturen(),
                        norms),
                compute);
    }

    private record ViewKey(
            List<String> what,
            List<String> parameters,
            nl.dekkend.appdb.Rol rol,
            Set<String> gemeenten,
            Set<String> besturen,
            NormSet norms,
            int hash) {

        ViewKey(
                List<String> what,
                List<String> parameters,
                nl.dekkend.appdb.Rol rol,
                Set<String> gemeenten,
                Set<String> besturen,
                NormSet norms) {
            // hashed once: the norms are a few hundred values
            this(
                    what,
                    parameters,
                    rol,
                    gemeenten,
                    besturen,
                    norms,
                    Objects.hash(what, parameters, rol, gemeenten, besturen, norms));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Whether the account may see this area at all (pages answer 403 when not). */
    public boolean sees(String niveau, String gebied) {
        return viewer.sees(niveau, gebied, hierarchy);
    }

    /**
     * Whether the area lies within the given area one level up (drill-down): its place names that area; an area of a
     * bestuur, which has no SWV, counts as lying within every SWV.
     */
    public boolean within(String niveau, String gebied, String boven, String bovenGebied) {
        return hierarchy
                .place(niveau, gebied)
                .map(p -> bovenGebied.equals(p.above(boven)) || ("swv".equals(boven) && p.above(boven) == null))
                .orElse(false);
    }

    /** The rows of one indicator the account may see, optionally one periode and/or niveau (null = all). */
    public List<KpiValue> values(String indicator, String periode, String niveau) {
        // the wanted rows are chosen before they are judged: a page asks for a few of an indicator's thousands
        return disclose(
                disclosed("toegang/values", List.of(indicator), true),
                v -> v.indicator().equals(indicator)
                        && (periode == null || v.periode().equals(periode))
                        && (niveau == null || v.niveau().equals(niveau)));
    }

    /**
     * The totals at level swv of the given indicators for one SWV. A total is the parent of every equation it is in
     * and a level swv row a part only of a geheel at level swv and of the landelijk total of the SWVs, so the rows at
     * level swv (of every SWV) decide it (see {@link Disclosure}).
     */
    public List<KpiValue> swvTotals(String swv, Collection<String> indicators) {
        Set<String> asked = Set.copyOf(indicators);
        return disclose(
                disclosed("toegang/swv_totals", indicators, false),
                v -> v.gebied().equals(swv) && asked.contains(v.indicator()));
    }

    /**
     * Figures kept outside the publication (a closed cycle's, frozen in the app database) as the account sees them: the
     * rows in its scope and, for roles that see suppressed figures, hidden by the same rule as live figures, applied to
     * all the given rows together (so pass every frozen row, not only the ones a page shows): primary, plus every row
     * flagged {@code onderdrukt} when it was frozen, then secondary over the totals and parts among them. Norm and
     * status stay as frozen.
     */
    public List<KpiValue> frozen(List<KpiValue> rows) {
        List<KpiValue> inScope = rows.stream()
                .filter(v -> viewer.sees(v.niveau(), v.gebied(), hierarchy))
                .toList();
        if (viewer.exact()) {
            return inScope.stream().map(Disclosure::exact).toList();
        }
        Set<Disclosure.Key> hidden = disclosure.hidden(
                rows,
                rows.stream()
                        .filter(KpiValue::onderdrukt)
                        .map(Disclosure.Key::of)
                        .collect(Collectors.toSet()));
        return inScope.stream()
                .map(v -> hidden.contains(Disclosure.Key.of(v)) ? Disclosure.masked(v) : Disclosure.exact(v))
                .toList();
    }

    /**
     * The cells of {@code dekkend_matrix} in the account's scope. They are the breakdown cells of dekkend_plekken at
     * level stadsdeel (vraag = teller, capaciteit = noemer), so they are hidden together with those, and also when
     * bezetting, wachtlijst or tekort is 1 to drempel − 1.
     */
    public List<CoverageCell> matrix() {
        List<CoverageCell> cells = coverageCells();
        List<CoverageCell> inScope = cells.stream()
                .filter(c -> viewer.sees(c.niveau(), c.stadsdeelCode(), hierarchy))
                .toList();
        if (viewer.exact()) {
            return inScope.stream().map(CoverageCell::exact).toList();
        }
        Set<Disclosure.Key> hidden =
                disclosed("toegang/values", List.of(PLEKKEN), true).hidden();
        return inScope.stream()
                .map(c -> hidden.contains(plekkenKey(c)) ? c.masked() : c.exact())
                .toList();
    }

    /** The survival curves of placement duration ({@code kpi_survival}, level swv), coarsened for roles that see suppressed figures. */
    public List<SurvivalStep> survival() {
        List<SurvivalStep> steps = reader.memo(
                "toegang/survival",
                () -> reader.list(
                        "toegang/survival",
                        row -> new SurvivalStep(
                                row.getString("periode"),
                                row.getString("gebied"),
                                row.getString("uitsplitsing"),
                                row.getInt("dag"),
                                row.getInt("plaatsingen"),
                                row.getInt("at_risk"),
                                row.getInt("events"),
                                row.getInt("censored"),
                                row.getBigDecimal("survival"))));
        if (viewer.exact()) {
            return steps;
        }
        // the same coarsened curves for every account that sees suppressed figures: once per publication
        return reader.memo(
                "toegang/survival|disclosed",
                () -> SurvivalCurves.disclose(
                        steps, disclosure.setting(TIJDELIJK).drempel()));
    }

    /**
     * The leerlingstromen in the account's scope: a flow is in scope when the account sees the area it comes from or
     * the one it goes to (a gemeente sees the pupils leaving it and those coming in). For roles that see suppressed
     * figures, small flows and what would give them away are hidden ({@link FlowDisclosure}), together with the cells
     * of {@code vestiging_herkomst} that add up to them ({@link OriginDisclosure}), decided once per publication.
     */
    public List<Flow> flows() {
        List<Flow> shown =
                viewer.exact() ? allFlows() : disclosedFlowsAndOrigins().flows();
        return shown.stream()
                .filter(f -> viewer.sees(f.niveau(), f.vanGebied(), hierarchy)
                        || viewer.sees(f.niveau(), f.naarGebied(), hierarchy))
                .toList();
    }

    /**
     * The distances home to school ({@code thuisnabij_afstanden}) in the account's scope (the area of the home), with a
     * total per area and soort ({@link Distance#TOTAAL}). For roles that see suppressed figures, small cells and what
     * would give them away are hidden ({@link DistanceDisclosure}), decided once per publication on all cells.
     */
    public List<Distance> distances() {
        List<Distance> all = reader.memo(
                "toegang/distances",
                () -> DistanceDisclosure.withTotals(reader.list(
                        "toegang/distances",
                        row -> new Distance(
                                row.getString("periode"),
                                row.getString("niveau"),
                                row.getString("gebied"),
                                row.getString("gebied_naam"),
                                row.getString("soort"),
                                row.getString("afstandsklasse"),
                                row.getInt("klasse_volgorde"),
                                row.getInt("leerlingen"),
                                false))));
        List<Distance> shown = viewer.exact()
                ? all
                : reader.memo(
                        "toegang/distances|disclosed",
                        () -> DistanceDisclosure.disclose(all, disclosure.drempel(), hierarchy));
        return shown.stream()
                .filter(d -> viewer.sees(d.niveau(), d.gebied(), hierarchy))
                .toList();
    }

    /**
     * Per vestiging the wijken its pupils live in ({@code vestiging_herkomst}), with its total ({@link Origin#TOTAAL}),
     * for the vestigingen in the account's scope. For roles that see suppressed figures, small cells and what would give
     * them away are hidden ({@link OriginDisclosure}), together with the leerlingstromen they add up to.
     */
    public List<Origin> origins() {
        List<Origin> all = allOrigins();
        List<Origin> shown = viewer.exact() ? all : disclosedFlowsAndOrigins().origins();
        return shown.stream()
                .filter(o -> viewer.sees("vestiging", o.vestiging(), hierarchy))
                .toList();
    }

    /**
     * One indicator's SWVs of DUO's national per-SWV file ({@code swv_vergelijking}) the account may see (every SWV
     * total is in every account's scope, as on the other pages). For roles that see suppressed figures an SWV's cell is
     * hidden exactly when its cell of {@code kpi_values} is, and places and medians are then among the SWVs shown
     * ({@link ComparisonDisclosure}).
     */
    public List<Comparison> comparison(String indicator) {
        List<Comparison> shown;
        if (viewer.exact()) {
            shown = allComparisons().stream()
                    .filter(c -> c.indicator().equals(indicator))
                    .toList();
        } else {
            // the same for every role that sees suppressed figures: once per publication
            shown = reader.memo("toegang/vergelijking|disclosed|" + indicator, () -> {
                Disclosed disclosed = disclosed("toegang/values", List.of(indicator), true);
                return ComparisonDisclosure.disclose(
                        allComparisons().stream()
                                .filter(c -> c.indicator().equals(indicator))
                                .toList(),
                        disclosed.rows().stream().map(Disclosure.Key::of).collect(Collectors.toSet()),
                        disclosed.hidden());
            });
        }
        return shown.stream()
                .filter(c -> viewer.sees("swv", c.swvCode(), hierarchy))
                .toList();
    }

    /** The indicators of {@code swv_vergelijking}, in the order of the query. */
    public List<String> comparisonIndicators() {
        return allComparisons().stream().map(Comparison::indicator).distinct().toList();
    }

    private List<Comparison> allComparisons() {
        return reader.memo("toegang/vergelijking", () -> reader.list("toegang/vergelijking", Comparison::of));
    }

    private List<Flow> allFlows() {
        return reader.memo("toegang/flows", () -> reader.list("toegang/flows", Figures::flow));
    }

    private List<Origin> allOrigins() {
        return reader.memo(
                "toegang/origins",
                () -> OriginDisclosure.withTotals(reader.list(
                        "toegang/origins",
                        row -> new Origin(
                                row.getString("periode"),
                                row.getString("vestiging"),
                                row.getString("vestiging_naam"),
                                row.getString("soort"),
                                row.getString("school_wijk"),
                                (Double) row.getObject("latitude"),
                                (Double) row.getObject("longitude"),
                                row.getString("woon_wijk"),
                                row.getString("woon_wijk_naam"),
                                row.getInt("leerlingen"),
                                false))));
    }

    /**
     * Every flow and vestiging cell as roles that see suppressed figures get them, decided together (a vestiging's
     * pupils from a wijk add up to a flow) and once per publication.
     */
    private OriginDisclosure.Disclosed disclosedFlowsAndOrigins() {
        return reader.memo(
                "toegang/flows+origins|disclosed",
                () -> OriginDisclosure.disclose(allFlows(), allOrigins(), disclosure.drempel(), hierarchy));
    }

    private static Flow flow(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Flow(
                row.getString("periode"),
                row.getString("soort"),
                row.getString("niveau"),
                row.getString("van_gebied"),
                row.getString("van_naam"),
                row.getString("naar_gebied"),
                row.getString("naar_naam"),
                row.getInt("leerlingen"),
                false);
    }

    /**
     * The dekkend_plekken cells whose matrix cell has a small bezetting, wachtlijst or tekort: hidden from the start,
     * on the matrix and on every other page alike (the rows of dekkend_plekken would give them away otherwise).
     */
    private Set<Disclosure.Key> smallMatrixCells(List<KpiValue> rows) {
        if (rows.stream().noneMatch(v -> v.indicator().equals(PLEKKEN))) {
            return Set.of();
        }
        int drempel = disclosure.setting(PLEKKEN).drempel();
        return coverageCells().stream()
                .filter(c -> c.counts().anyMatch(n -> n != null && n.signum() > 0 && n.intValue() < drempel))
                .map(Figures::plekkenKey)
                .collect(Collectors.toSet());
    }

    static final String PLEKKEN = "dekkend_plekken";
    static final String TIJDELIJK = "tijdelijk_duur_mediaan";

    private static Disclosure.Key plekkenKey(CoverageCell c) {
        return new Disclosure.Key(PLEKKEN, c.periode(), "stadsdeel", c.stadsdeelCode(), c.ondersteuningsbehoefte());
    }

    private static CoverageCell coverageCell(java.sql.ResultSet row) throws java.sql.SQLException {
        return new CoverageCell(
                row.getString("periode"),
                row.getString("stadsdeel_code"),
                row.getString("stadsdeel_naam"),
                row.getBoolean("is_stadsdeel"),
                row.getString("ondersteuningsbehoefte"),
                row.getBigDecimal("capaciteit"),
                row.getBigDecimal("bezetting"),
                row.getBigDecimal("wachtlijst"),
                row.getBigDecimal("vraag"),
                row.getBigDecimal("tekort"),
                row.getString("signalering"),
                row.getBoolean("onderdrukt"));
    }

    private List<CoverageCell> coverageCells() {
        return reader.memo("toegang/matrix", () -> reader.list("toegang/matrix", Figures::coverageCell));
    }

    /** Rows of a query for some indicators (and the rest of their wholes) with the cells the privacy rule hides. */
    private record Disclosed(List<KpiValue> rows, Set<Disclosure.Key> hidden) {}

    /**
     * The rows and hidden cells of one query, computed once per publication: which cells are hidden depends on the
     * publication's figures only, never on who asks (so no account can learn a hidden cell by comparing scopes).
     */
    private Disclosed disclosed(String query, Collection<String> indicators, boolean matrixCells) {
        String whole = String.join(",", disclosure.withWhole(indicators));
        return reader.memo(query + "|" + whole + "|" + matrixCells, () -> {
            List<KpiValue> all = reader.list(query, KpiQueries::value, whole);
            return new Disclosed(all, disclosure.hidden(all, matrixCells ? smallMatrixCells(all) : Set.of()));
        });
    }

    /** The wanted rows in the account's scope, hidden or judged. */
    private List<KpiValue> disclose(Disclosed disclosed, java.util.function.Predicate<KpiValue> wanted) {
        List<KpiValue> inScope = disclosed.rows().stream()
                .filter(wanted)
                .filter(v -> viewer.sees(v.niveau(), v.gebied(), hierarchy))
                .toList();
        if (viewer.exact()) {
            return inScope.stream().map(Disclosure::exact).map(this::judged).toList();
        }
        Set<Disclosure.Key> hidden = disclosed.hidden();
        return inScope.stream()
                .map(v -> hidden.contains(Disclosure.Key.of(v)) ? Disclosure.masked(v) : judged(Disclosure.exact(v)))
                .toList();
    }

    /** Norm and status by the norms in force (the app database's, per planperiode), read for this request. */
    private KpiValue judged(KpiValue v) {
        // the norm of a planperiode, looked up once per indicator and period of this request
        nl.dekkend.appdb.pdca.Norm norm = normsUsed
                .computeIfAbsent(v.indicator() + "|" + v.periode(), k -> norms.norm(v.indicator(), v.periode()))
                .orElse(null);
        NormSet.Judgement judgement =
                new NormSet.Judgement(norm, nl.dekkend.appdb.pdca.NormStatus.of(v.waarde(), norm));
        return new KpiValue(
                v.indicator(),
                v.periode(),
                v.niveau(),
                v.gebied(),
                v.gebiedNaam(),
                v.uitsplitsing(),
                v.teller(),
                v.noemer(),
                v.waarde(),
                judgement.normValue(),
                judgement.status(),
                v.onderdrukt());
    }
}
