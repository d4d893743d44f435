package nl.dekkend.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/** {@code gebieden} (XLSX) and {@code scholen} (CSV with {@code ,} and decimal points). */
final class RegisterFiles {

    private final World world;

    RegisterFiles(World world) {
        this.world = world;
    }

    void write(Inbox inbox) throws IOException {
        Region region = world.region();
        String name = region.gemeenteNaam(region.gemeente("GM9901")).toLowerCase(Locale.ROOT);
        inbox.xlsx("gebieden", "gebieden_" + name + ".xlsx", gebieden(), XlsxFiles.Dates.TEXT_ISO);
        inbox.csv("scholen", "scholen_2025.csv", scholen(), CsvDialect.INTERNATIONAL);
    }

    /**
     * One row per gemeente that lies wholly in the SWV, then one row per postcode-4 with wijk, stadsdeel and
     * centroid. Wolderdal (GM9904) has no gemeente row: its postcode rows say which SWV each part belongs to.
     */
    private Table gebieden() {
        Table table = new Table(
                "gemeente_code",
                "gemeente_naam",
                "swv_code",
                "postcode",
                "wijk_code",
                "wijk_naam",
                "stadsdeel_code",
                "stadsdeel_naam",
                "latitude",
                "longitude",
                "swv_naam");
        Region region = world.region();
        for (String code : region.gemeenteCodes()) {
            if (region.areas().stream()
                    .filter(a -> a.gemeenteCode().equals(code))
                    .allMatch(Area::inMainSwv)) {
                table.row(
                        code,
                        region.gemeenteNaam(code),
                        region.swv(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        region.swvNaam(region.swv()));
            }
        }
        for (Area a : region.areas()) {
            table.row(
                    a.gemeenteCode(),
                    a.gemeenteNaam(),
                    a.swvCode(),
                    a.pc4(),
                    a.wijkCode(),
                    a.wijkNaam(),
                    a.stadsdeelCode(),
                    a.stadsdeelNaam(),
                    decimal(a.latitude()),
                    decimal(a.longitude()),
                    region.swvNaam(a.swvCode()));
        }
        return table;
    }

    /** Every vestiging; the one that changed bestuur has two rows, split at the day of the change. */
    private Table scholen() {
        Table table = new Table(
                "vestiging",
                "naam",
                "soort",
                "bevoegd_gezag_nr",
                "bevoegd_gezag_naam",
                "postcode",
                "plaats",
                "gemeente_code",
                "wijk_code",
                "latitude",
                "longitude",
                "begindatum",
                "einddatum");
        for (School s : world.schools()) {
            if (s.previousBestuur() != null) {
                row(table, s, s.previousBestuur(), s.opened(), s.bestuurSince().minusDays(1));
                row(table, s, s.bestuur(), s.bestuurSince(), s.closed());
            } else {
                row(table, s, s.bestuur(), s.opened(), s.closed());
            }
        }
        return table;
    }

    private static void row(Table table, School s, Bestuur b, java.time.LocalDate from, java.time.LocalDate to) {
        table.row(
                s.vestiging(),
                s.naam(),
                s.soort().name(),
                b.nummer(),
                b.naam(),
                s.postcode().replace(" ", ""),
                titleCase(s.area().plaats()),
                s.area().gemeenteNummer(),
                s.area().wijkCode(),
                decimal(s.latitude()),
                decimal(s.longitude()),
                from,
                to);
    }

    static BigDecimal decimal(double coordinate) {
        return BigDecimal.valueOf(coordinate).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
