package nl.dekkend.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code duo_so_leeftijd}, {@code duo_leerlingen_gemeente} and DUO's own files 02 (register of BaO vestigingen)
 * and 06 (pupils per vestiging per year, wide) in DUO's exact layouts.
 */
final class DuoDetailFiles {

    static final String FILE_02 = "duo_02_alle_schoolvestigingen_basisonderwijs.csv";
    static final String FILE_06 = "duo_06_historisch_overzicht_aantal_leerlingen_per_schoolvestiging.csv";
    /** Verbatim header of DUO's file 02. */
    static final String HEADER_02 =
            "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;"
                    + "HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;"
                    + "STRAATNAAM CORRESPONDENTIEADRES;HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES;POSTCODE CORRESPONDENTIEADRES;"
                    + "PLAATSNAAM CORRESPONDENTIEADRES;NODAAL GEBIED CODE;NODAAL GEBIED NAAM;RPA-GEBIED CODE;RPA-GEBIED NAAM;"
                    + "WGR-GEBIED CODE;WGR-GEBIED NAAM;COROPGEBIED CODE;COROPGEBIED NAAM;ONDERWIJSGEBIED CODE;ONDERWIJSGEBIED NAAM;"
                    + "RMC-REGIO CODE;RMC-REGIO NAAM;VAKANTIEREGIO";

    static final int FIRST_06_YEAR = 1996;
    static final int LAST_06_YEAR = 2025;

    private final World world;
    private final List<DeliberateProblem> problems;

    DuoDetailFiles(World world, List<DeliberateProblem> problems) {
        this.world = world;
        this.problems = problems;
    }

    void write(Inbox inbox) throws IOException {
        inbox.csv("duo_so_leeftijd", "duo_so_leeftijd_2015-2024.csv", soLeeftijd(), CsvDialect.BOM_NL);
        inbox.xlsx(
                "duo_leerlingen_gemeente",
                "duo_leerlingen_gemeente_2015-2024.xlsx",
                gemeenten(),
                XlsxFiles.Dates.TEXT_DMY);
        inbox.duoLayout("duo_vestigingen_bo", FILE_02, file02(), "csv ';' windows-1252, CRLF, DUO layout 02");
        inbox.duoLayout("duo_leerlingen_vestiging", FILE_06, file06(), "csv ';' UTF-8 with BOM, CRLF, DUO layout 06");
    }

    private Table soLeeftijd() {
        String swv = world.region().swv();
        Table table = new Table("swv_code", "teldatum", "categorie", "jonger_dan_8", "acht_en_ouder");
        for (int year : Calendar.years()) {
            for (int cat = 1; cat <= 3; cat++) {
                Census c = world.census();
                table.row(
                        swv,
                        Calendar.teldatum(year),
                        cat,
                        c.soByResidence(swv, year, cat, false),
                        c.soByResidence(swv, year, cat, true));
            }
            if (!world.region().hasNeighbour()) {
                continue;
            }
            SwvCounts n = world.neighbourSwvCounts(year);
            int[] perCat = {n.soCat1(), n.soCat2(), n.soCat3()};
            for (int cat = 1; cat <= 3; cat++) {
                int young = (int) Math.round(perCat[cat - 1] * (cat == 1 ? 0.22 : 0.35));
                table.row(Region.NEIGHBOUR_SWV, Calendar.teldatum(year), cat, young, perCat[cat - 1] - young);
            }
        }
        table.row(swv, Calendar.teldatum(2019), 4, 1, 0);
        problems.add(new DeliberateProblem(
                "duo_so_leeftijd/duo_so_leeftijd_2015-2024.csv",
                table.size() + 1,
                "categorie",
                "4",
                "row quarantined: categorie must be 1, 2 or 3"));
        return table;
    }

    /**
     * The SWV's rows for its four gemeenten (in the demo Wolderdal only its PO9901 part), and in the demo PO9902's
     * part of Wolderdal.
     */
    private Table gemeenten() {
        Table table = new Table(
                "swv_code",
                "teldatum",
                "gemeente_naam",
                "gemeente_code",
                "schoolgaand_bao",
                "schoolgaand_sbo",
                "woonachtig_bao",
                "woonachtig_sbo",
                "so_cat1",
                "so_cat2",
                "so_cat3");
        Region region = world.region();
        for (int year : Calendar.years()) {
            for (String code : region.gemeenteCodes()) {
                gemeenteRow(table, region.swv(), code, year);
            }
            if (region.hasNeighbour()) {
                gemeenteRow(table, Region.NEIGHBOUR_SWV, "GM9904", year);
            }
        }
        int perYear = table.size() / Calendar.years().size();
        int bad = (2017 - Calendar.FIRST_YEAR) * perYear + perYear - 1; // the last row of 1-10-2017 (demo: PO9902)
        table.rows().get(bad).set(7, -3);
        problems.add(new DeliberateProblem(
                "duo_leerlingen_gemeente/duo_leerlingen_gemeente_2015-2024.xlsx",
                bad + 2,
                "woonachtig_sbo",
                "-3",
                "row quarantined: a count cannot be negative"));
        return table;
    }

    private void gemeenteRow(Table table, String swv, String code, int year) {
        int[] c = world.census().gemeente(code, swv, year);
        table.row(
                swv,
                Calendar.teldatum(year),
                world.region().gemeenteNaam(code),
                code,
                c[Census.SCHOOLGAAND_BAO],
                c[Census.SCHOOLGAAND_SBO],
                c[Census.WOONACHTIG_BAO],
                c[Census.WOONACHTIG_SBO],
                c[Census.SO_CAT1],
                c[Census.SO_CAT1 + 1],
                c[Census.SO_CAT1 + 2]);
    }

    /** The current register of regular BaO vestigingen (closed ones are gone, as in DUO's file). */
    private List<String> file02() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER_02);
        for (School s : world.schools()) {
            if (s.soort() != Soort.BAO || s.closed() != null) {
                continue;
            }
            Area a = s.area();
            String internet = s.index() % 3 == 0 ? "www." + s.vestiging().toLowerCase(Locale.ROOT) + ".example" : null;
            lines.add(String.join(
                    ";",
                    List.of(
                            world.region().provincie(),
                            String.valueOf(s.bestuur().nummer()),
                            s.brin(),
                            s.vestiging(),
                            s.naam(),
                            s.straat(),
                            s.huisnummer(),
                            s.postcode(),
                            a.plaats(),
                            a.gemeenteNummer(),
                            a.gemeenteNaam().toUpperCase(Locale.ROOT),
                            s.bestuur().denominatie(),
                            DuoLayout.field(null),
                            DuoLayout.field(internet),
                            s.straat(),
                            s.huisnummer(),
                            s.postcode(),
                            a.plaats(),
                            "99",
                            world.region().local("Lindewaard"),
                            "99",
                            world.region().local("Lindewaard e.o."),
                            "99",
                            world.region().local("Regio Lindewaard"),
                            "99",
                            world.region().local("Lindewaard-Wolderdal"),
                            "99",
                            world.region().local("Lindewaard"),
                            "99",
                            world.region().local("Lindewaard en Wolderdal"),
                            "Noord")));
        }
        return lines;
    }

    /** Every vestiging with LEERLINGEN_1996 … LEERLINGEN_2025; 2015–2024 are the simulated counts. */
    private List<String> file06() {
        StringBuilder header = new StringBuilder("INSTELLINGSCODE;VESTIGINGSCODE;NAAM_VESTIGING;SOORT_VESTIGING;"
                + "DENOMINATIE_VESTIGING;BEVOEGD_GEZAG_NUMMER;GEMEENTECODE_VESTIGING;GEMEENTENAAM_VESTIGING");
        for (int y = FIRST_06_YEAR; y <= LAST_06_YEAR; y++) {
            header.append(";LEERLINGEN_").append(y);
        }
        List<String> lines = new ArrayList<>();
        lines.add(header.toString());
        SplittableRandom random = world.random("duo06");
        for (School s : world.schools()) {
            StringBuilder line = new StringBuilder(String.join(
                    ";",
                    s.brin(),
                    s.vestiging(),
                    s.naam(),
                    s.soort().duoSoort(),
                    s.bestuur().denominatie(),
                    String.valueOf(s.bestuur().nummer()),
                    String.valueOf(Integer.parseInt(s.area().gemeenteNummer())),
                    s.area().gemeenteNaam().toUpperCase(Locale.ROOT)));
            for (int count : history(s, random)) {
                line.append(';').append(count);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Simulated counts for 2015–2024; earlier years walked back (more SBO pupils before passend onderwijs). */
    private int[] history(School s, SplittableRandom random) {
        int[] counts = new int[LAST_06_YEAR - FIRST_06_YEAR + 1];
        for (int year : Calendar.years()) {
            counts[year - FIRST_06_YEAR] = world.census().school(s, year);
        }
        double drift = switch (s.soort()) {
            case BAO -> 1.008;
            case SBO -> 1.035;
            case SO -> 1.0;
        };
        double value = counts[Calendar.FIRST_YEAR - FIRST_06_YEAR];
        for (int year = Calendar.FIRST_YEAR - 1; year >= FIRST_06_YEAR; year--) {
            value = value * drift * (1 + random.nextDouble(-0.035, 0.035));
            counts[year - FIRST_06_YEAR] = s.openOn(Calendar.teldatum(year)) ? (int) Math.round(value) : 0;
        }
        double last = counts[Calendar.LAST_YEAR - FIRST_06_YEAR];
        counts[LAST_06_YEAR - FIRST_06_YEAR] = s.openOn(Calendar.teldatum(LAST_06_YEAR))
                ? (int) Math.round(last * (1 + random.nextDouble(-0.03, 0.03)))
                : 0;
        return counts;
    }
}
