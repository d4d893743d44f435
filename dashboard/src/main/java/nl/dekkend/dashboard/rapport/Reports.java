package nl.dekkend.dashboard.rapport;

import java.util.Map;
import java.util.Set;
import nl.dekkend.appdb.Codes;
import nl.dekkend.appdb.Rol;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * The two printed reports as accessible PDF (PDF/UA-1, A4): the Kwaliteitsrapportage of a cycle for the ledenraad, and
 * the OOGO-overzicht of one gemeente. Both read their figures through the privacy layer as the role they are for: a
 * ledenraad account, or a gemeente account bound to that one gemeente.
 */
public final class Reports {

    /** A cycle, gemeente or schooljaar the report cannot be made for; the message is Dutch, for the user. */
    public static final class Onbekend extends RuntimeException {
        public Onbekend(String message) {
            super(message);
        }
    }

    private final Templates templates;
    private final Pdca pdca;

    public Reports(Templates templates, Pdca pdca) {
        this.templates = templates;
        this.pdca = pdca;
    }

    /** The Kwaliteitsrapportage of a cycle ({@code 2024-2025 H1}), with the figures as the ledenraad sees them. */
    public byte[] kwaliteitsrapportage(ServingReader reader, String cyclus, String gebruiker) {
        String code = cyclus == null ? "" : cyclus.strip();
        Cycle cycle = pdca.cycles().find(code).orElseThrow(() -> new Onbekend(unknownCycle(code)));
        Viewer ledenraad = new Viewer(gebruiker, Rol.LEDENRAAD, Set.of(), Set.of());
        Map<String, Object> model = Kwaliteitsrapportage.model(reader, pdca, ledenraad, cycle, pdca.today());
        return Pdf.render(templates.render("rapport/kwaliteit", model));
    }

    /** The OOGO-overzicht of a gemeente ({@code GM0034}, {@code 0034} or {@code 34}) for a schooljaar. */
    public byte[] oogo(ServingReader reader, String gemeente, String schooljaar, String gebruiker) {
        String code;
        try {
            code = Codes.gemeente(gemeente);
        } catch (IllegalArgumentException e) {
            throw new Onbekend(e.getMessage());
        }
        String periode = schooljaar == null ? "" : schooljaar.strip();
        if (!periode.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(periode.substring(5)) != Integer.parseInt(periode.substring(0, 4)) + 1) {
            throw new Onbekend("Ongeldig schooljaar '" + periode + "': geef een schooljaar zoals 2024-2025.");
        }
        Viewer viewer = new Viewer(gebruiker, Rol.GEMEENTE, Set.of(code), Set.of());
        Map<String, Object> model = OogoOverzicht.model(reader, pdca, viewer, code, periode, pdca.today());
        return Pdf.render(templates.render("rapport/oogo", model));
    }

    /** The own SWV, its code once where the publication has no other name for it. */
    static Area swv(KpiQueries kpis) {
        Area swv = kpis.swv().orElse(new Area("onbekend", null));
        return swv.code().equals(swv.naam()) ? new Area(swv.code(), null) : swv;
    }

    private String unknownCycle(String code) {
        String known =
                String.join(", ", pdca.cycles().list().stream().map(Cycle::code).toList());
        return "Onbekende cyclus '" + code + "'"
                + (known.isEmpty() ? ": er is nog geen cyclus." : "; er zijn: " + known + ".");
    }
}
