package nl.dekkend.dashboard.pdca;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.CycleFigure;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.toegang.Disclosure;
import nl.dekkend.dashboard.toegang.Figures;

/**
 * The rows a cycle shows to one account. An open cycle shows today's figures (through the privacy layer) judged by
 * today's norms; a closed cycle shows what it froze, hidden where the privacy layer hides it from the account (small
 * cells and the cells that would give them away, decided over all the cycle's frozen figures), and beside it today's
 * figure with the difference where it changed.
 */
public final class CycleFigures {

    private CycleFigures() {}

    public static List<FigureRow> rows(
            Cycle cycle,
            List<CycleFigure> covered,
            Map<String, KpiDefinition> definitions,
            Figures figures,
            NormSet norms,
            Map<String, ?> analyses,
            List<Action> actions,
            java.time.LocalDate today) {
        // what the account may see of the frozen figures is decided over all of them, before a page picks some
        Map<Disclosure.Key, KpiValue> seen = figures
                .frozen(covered.stream().map(CycleFigures::value).toList())
                .stream()
                .collect(Collectors.toMap(Disclosure.Key::of, Function.identity()));
        return covered.stream()
                .filter(f -> definitions.containsKey(f.indicator()))
                .filter(f -> seen.containsKey(Disclosure.Key.of(value(f))))
                .map(f -> row(
                        cycle,
                        f,
                        seen.get(Disclosure.Key.of(value(f))).onderdrukt(),
                        definitions.get(f.indicator()),
                        figures,
                        norms,
                        analyses,
                        actions,
                        today))
                .toList();
    }

    /** A frozen figure as a row of {@code kpi_values} (a total: no uitsplitsing), for the privacy layer. */
    private static KpiValue value(CycleFigure f) {
        return new KpiValue(
                f.indicator(),
                f.periode(),
                f.niveau(),
                f.gebied(),
                f.gebiedNaam(),
                "",
                f.teller(),
                f.noemer(),
                f.waarde(),
                f.norm(),
                f.status(),
                f.onderdrukt());
    }

    private static FigureRow row(
            Cycle cycle,
            CycleFigure frozen,
            boolean frozenHidden,
            KpiDefinition d,
            Figures figures,
            NormSet norms,
            Map<String, ?> analyses,
            List<Action> actions,
            java.time.LocalDate today) {
        Optional<KpiValue> now = figures.values(frozen.indicator(), frozen.periode(), frozen.niveau()).stream()
                .filter(v ->
                        v.gebied().equals(frozen.gebied()) && v.uitsplitsing().isEmpty())
                .findFirst();
        BigDecimal waarde;
        boolean hidden;
        BigDecimal norm;
        String richting;
        String status;
        String nuText = "";
        BigDecimal nu = null;
        String verschil = "";
        boolean gewijzigd = false;
        if (cycle.isOpen()) {
            waarde = now.map(KpiValue::waarde).orElse(null);
            hidden = now.map(KpiValue::onderdrukt).orElse(false);
            NormSet.Judgement judgement = norms.judge(frozen.indicator(), frozen.periode(), waarde);
            norm = hidden ? null : judgement.normValue();
            richting =
                    judgement.norm() == null ? d.richting() : judgement.norm().richting();
            status = hidden ? null : judgement.status();
        } else {
            hidden = frozenHidden;
            waarde = hidden ? null : frozen.waarde();
            norm = hidden ? null : frozen.norm();
            richting = frozen.richting() == null ? d.richting() : frozen.richting();
            status = hidden ? null : frozen.status();
            BigDecimal today0 = now.map(KpiValue::waarde).orElse(null);
            if (!hidden && now.map(KpiValue::onderdrukt).orElse(false)) {
                // today's figure is hidden from the account: no difference either, it would give the figure away
                nuText = DutchFormat.SUPPRESSED;
            } else if (!hidden && (today0 != null || waarde != null)) {
                nuText = today0 == null ? "geen waarde" : DutchFormat.value(today0, d.eenheid(), d.decimalen());
                nu = today0;
                if (waarde != null && today0 != null && waarde.compareTo(today0) != 0) {
                    gewijzigd = true;
                    BigDecimal delta = today0.subtract(waarde);
                    verschil = (delta.signum() > 0 ? "+" : "−")
                            + DutchFormat.value(delta.abs(), d.eenheid(), d.decimalen());
                } else if ((waarde == null) != (today0 == null)) {
                    gewijzigd = true;
                    verschil = "anders";
                }
            }
        }
        List<Action> own = actions.stream()
                .filter(a -> a.indicator().equals(frozen.indicator()))
                .toList();
        return new FigureRow(
                frozen.indicator(),
                d.naam(),
                "/pdca/cycli/" + Slug.of(cycle.code()) + "/indicatoren/" + frozen.indicator(),
                frozen.periode(),
                frozen.niveau(),
                frozen.gebied(),
                frozen.gebiedNaam() == null ? frozen.gebied() : frozen.gebiedNaam(),
                Cell.of(waarde, d.eenheid(), d.decimalen(), hidden),
                norm == null ? "geen norm" : NormText.of(norm, richting, d.eenheid(), d.decimalen()),
                StatusLabel.of(status),
                nuText,
                verschil,
                gewijzigd,
                trend(figures, frozen, d),
                analyses.containsKey(frozen.indicator()),
                (int) own.stream().filter(Action::isOngoing).count(),
                (int) own.stream().filter(a -> a.overdue(today)).count(),
                new FigureRow.Numbers(waarde, norm, nu, d.eenheid(), d.decimalen()));
    }

    /** The change against the period before, in words, from today's publication. */
    private static String trend(Figures figures, CycleFigure f, KpiDefinition d) {
        List<KpiValue> series = figures.values(f.indicator(), null, f.niveau()).stream()
                .filter(v -> v.gebied().equals(f.gebied())
                        && v.uitsplitsing().isEmpty()
                        && v.periode().compareTo(f.periode()) <= 0)
                .sorted(java.util.Comparator.comparing(KpiValue::periode))
                .toList();
        if (series.size() < 2) {
            return "geen vorige periode";
        }
        BigDecimal last = series.get(series.size() - 1).waarde();
        BigDecimal before = series.get(series.size() - 2).waarde();
        if (last == null || before == null) {
            return "niet te vergelijken";
        }
        int cmp = last.compareTo(before);
        if (cmp == 0) {
            return "gelijk aan " + series.get(series.size() - 2).periode();
        }
        return (cmp > 0 ? "↑ gestegen" : "↓ gedaald") + " met "
                + DutchFormat.value(last.subtract(before).abs(), d.eenheid(), d.decimalen()) + " t.o.v. "
                + series.get(series.size() - 2).periode();
    }

    public static Map<String, KpiDefinition> byId(List<KpiDefinition> definitions) {
        return definitions.stream()
                .collect(Collectors.toMap(
                        KpiDefinition::indicator, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static String normText(Norm norm, KpiDefinition d) {
        return norm == null ? "geen norm" : NormText.of(norm.norm(), norm.richting(), d.eenheid(), d.decimalen());
    }
}
