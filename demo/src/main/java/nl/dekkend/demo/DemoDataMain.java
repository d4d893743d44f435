package nl.dekkend.demo;

import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a demo inbox from the command line: {@code DemoDataMain <inbox-dir> [seed] [scale]} (defaults: seed
 * 20250801, scale 1). A scale {@code landelijk} or {@code landelijk:<fraction>} writes the national set instead
 * ({@link NationalData}): one inbox per SWV in {@code <inbox-dir>/<swv_code>/}.
 */
public final class DemoDataMain {

    public static final long DEFAULT_SEED = 20250801L;

    private DemoDataMain() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: DemoDataMain <inbox-dir> [seed] [scale | landelijk[:fraction]]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        Double fraction = args.length > 2 ? NationalData.fraction(args[2]) : null;
        long start = System.nanoTime();
        if (fraction != null) {
            Map<String, DemoSummary> all =
                    new NationalData(seed, fraction).writeTo(Path.of(args[0]), System.out::println);
            long files = all.values().stream().mapToLong(s -> s.files().size()).sum();
            long rows = all.values().stream()
                    .flatMap(s -> s.files().stream())
                    .mapToLong(WrittenFile::rows)
                    .sum();
            long pupils = all.values().stream().mapToLong(DemoSummary::pupils).sum();
            System.out.printf(
                    "swvs %d, files %d, rows %d, pupils %d, %.1f s%n",
                    all.size(), files, rows, pupils, (System.nanoTime() - start) / 1e9);
            return;
        }
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        DemoSummary summary = new DemoData(seed, scale).writeTo(Path.of(args[0]));
        for (WrittenFile f : summary.files()) {
            System.out.printf("%-26s %-70s %8d  %s%n", f.bron(), f.path(), f.rows(), f.format());
        }
        summary.mainSwvCounts()
                .forEach((year, c) -> System.out.printf(
                        "PO9901 1-10-%d: bao %d, sbo %d (%s %%), so %d/%d/%d (%s %%)%n",
                        year, c.bao(), c.sbo(), c.sboPct(), c.soCat1(), c.soCat2(), c.soCat3(), c.soPct()));
        System.out.printf(
                "pupils %d, tlv rows %d, %d deliberate problems, %.1f s%n",
                summary.pupils(), summary.tlvs(), summary.problems().size(), (System.nanoTime() - start) / 1e9);
    }
}
