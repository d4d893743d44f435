package nl.dekkend.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code inschrijvingen} and {@code tlv}: the pupil-level records behind the counts. */
final class PupilFiles {

    static final LocalDate FROM = LocalDate.of(2015, 8, 1);
    static final String INSCHRIJVINGEN = "inschrijvingen_2015-2025.csv";
    static final String TLV = "tlv_2015-2025.csv";

    private final World world;
    private final List<DeliberateProblem> problems;

    PupilFiles(World world, List<DeliberateProblem> problems) {
        this.world = world;
        this.problems = problems;
    }

    void write(Inbox inbox) throws IOException {
        inbox.csv("inschrijvingen", INSCHRIJVINGEN, inschrijvingen(), CsvDialect.BOM_NL);
        inbox.csv("tlv", TLV, tlv(), CsvDialect.EXCEL_NL);
    }

    /** Enrolments that overlap schooljaar 2015-2016 or later; ongoing ones have no einddatum. */
    static List<Enrolment> enrolmentsInFrame(World world) {
        return world.population().enrolments().stream()
                .filter(e -> e.end() == null || !e.end().isBefore(FROM))
                .toList();
    }

    static List<Tlv> tlvsInFrame(World world) {
        return world.population().tlvs().stream()
                .filter(t -> !t.besluit().isBefore(FROM)
                        || (t.toegekend() && !t.einde().isBefore(FROM)))
                .toList();
    }

    private Table inschrijvingen() {
        Table table = new Table(
                "leerling_id",
                "geboortedatum",
                "postcode",
                "vestiging",
                "begindatum",
                "einddatum",
                "reden_uitschrijving");
        List<Enrolment> frame = enrolmentsInFrame(world);
        for (Enrolment e : frame) {
            table.row(
                    e.pupil().id(),
                    e.pupil().birthDate(),
                    e.pupil().postcode(),
                    e.school().vestiging(),
                    e.begin(),
                    e.end(),
                    e.reden());
        }
        Enrolment sample = frame.get(frame.size() / 3);
        String path = "inschrijvingen/" + INSCHRIJVINGEN;
        table.row(
                "",
                sample.pupil().birthDate(),
                sample.pupil().postcode(),
                sample.school().vestiging(),
                LocalDate.of(2019, 3, 4),
                null,
                null);
        problems.add(new DeliberateProblem(
                path, table.size() + 1, "leerling_id", "", "row quarantined: required leerling_id is empty"));
        Enrolment other = frame.get(frame.size() / 2);
        table.row(
                other.pupil().id(),
                other.pupil().birthDate(),
                other.pupil().postcode(),
                other.school().vestiging(),
                "31-02-2019",
                null,
                null);
        problems.add(new DeliberateProblem(
                path, table.size() + 1, "begindatum", "31-02-2019", "row quarantined: not a date"));
        return table;
    }

    private Table tlv() {
        Table table = new Table(
                "tlv_nummer",
                "leerling_id",
                "soort",
                "aanvraagdatum",
                "aanvragende_vestiging",
                "besluitdatum",
                "besluit",
                "ingangsdatum",
                "einddatum",
                "geplande_terugplaatsing",
                "eenzijdig",
                "bezwaar",
                "bezwaar_uitkomst",
                "uitkomst",
                "ontvangende_vestiging",
                "ondersteuningsbehoefte");
        List<Tlv> frame = tlvsInFrame(world);
        for (Tlv t : frame) {
            table.row(
                    t.nummer(),
                    t.pupil().id(),
                    t.soort(),
                    t.aanvraag(),
                    vestiging(t.aanvragende()),
                    t.besluit(),
                    t.toegekend() ? "toegekend" : "afgewezen",
                    t.ingang(),
                    t.einde(),
                    t.geplandeTerugplaatsing(),
                    t.eenzijdig(),
                    t.bezwaar(),
                    t.bezwaarUitkomst(),
                    t.uitkomst(),
                    vestiging(t.ontvangende()),
                    t.ondersteuningsbehoefte());
        }
        Tlv sample = frame.get(frame.size() / 2);
        List<Object> copy = new ArrayList<>(table.rows().get(frame.size() / 2));
        copy.set(0, sample.nummer().replace("TLV-", "TLV-X"));
        copy.set(2, "OPDC");
        table.row(copy.toArray());
        problems.add(new DeliberateProblem(
                "tlv/" + TLV,
                table.size() + 1,
                "soort",
                "OPDC",
                "row quarantined: soort must be SBO, SO-1, SO-2 or SO-3"));
        return table;
    }

    private static String vestiging(School school) {
        return school == null ? null : school.vestiging();
    }
}
