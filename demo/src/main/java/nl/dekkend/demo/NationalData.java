package nl.dekkend.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Demo data at national scale: for every PO SWV of the {@link Nation} (or a share of them) a complete inbox in
 * {@code <out>/<swv_code>/<bron>/<file>}, each SWV simulated at its own size from a seed derived from the master
 * seed and its code. Streamed: one SWV is in memory at a time, its files written and closed before the next; only
 * the SWVs' DUO counts are kept, and at the end DUO's national files (every generated SWV's counts and the national
 * percentages computed from them) go into every inbox. PO9901 is the demo region at scale 1, so its files equal
 * the demo's except those two. Primary education only: the contracts describe BaO, SBO and SO.
 *
 * <pre>new NationalData(20250801L, 0.05).writeTo(Path.of("landelijk"), System.out::println);</pre>
 */
public final class NationalData {

    /** The value of {@code --schaal} (or DemoDataMain's scale) that selects the national set: all SWVs. */
    public static final String LANDELIJK = "landelijk";

    private final long seed;
    private final double fraction;
    private final double sizeFactor;

    /**
     * @param fraction share of the nation's SWVs to generate, in (0, 1]: {@code round(fraction × 77)}, at least
     *     two, always PO9901 and PO9902, the rest spread evenly over the codes; each at its full size
     */
    public NationalData(long seed, double fraction) {
        this(seed, fraction, 1.0);
    }

    /** A smaller country, for tests and quick looks: every SWV at {@code sizeFactor} (0, 1] times its size. */
    public NationalData(long seed, double fraction, double sizeFactor) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
        }
        if (!(sizeFactor > 0 && sizeFactor <= 1)) {
            throw new IllegalArgumentException("sizeFactor must be in (0, 1], was " + sizeFactor);
        }
        this.seed = seed;
        this.fraction = fraction;
        this.sizeFactor = sizeFactor;
    }

    /**
     * The fraction in a scale argument {@code landelijk} (1) or {@code landelijk:0.05}; null if the argument is
     * not national (then it is a number: the demo's scale).
     */
    public static Double fraction(String scale) {
        if (scale.equals(LANDELIJK)) {
            return 1.0;
        }
        if (scale.startsWith(LANDELIJK + ":")) {
            return Double.parseDouble(scale.substring(LANDELIJK.length() + 1).replace(',', '.'));
        }
        return null;
    }

    /** The SWVs of this set, ordered by code. */
    public List<Nation.Swv> selection() {
        List<Nation.Swv> all = Nation.all();
        List<Nation.Swv> others = all.stream()
                .filter(s -> !s.code().equals(Region.MAIN_SWV) && !s.code().equals(Region.NEIGHBOUR_SWV))
                .toList();
        int count = (int) Math.max(2, Math.round(fraction * all.size()));
        List<Nation.Swv> chosen = new ArrayList<>();
        int extra = count - 2;
        for (int i = 0; i < extra; i++) {
            chosen.add(others.get((int) ((i + 0.5) * others.size() / extra)));
        }
        return all.stream()
                .filter(s -> chosen.contains(s)
                        || s.code().equals(Region.MAIN_SWV)
                        || s.code().equals(Region.NEIGHBOUR_SWV))
                .toList();
    }

    /** The demo scale at which an SWV is simulated: its size over PO9901's. */
    double scaleOf(Nation.Swv swv) {
        return swv.code().equals(Region.MAIN_SWV) ? sizeFactor : sizeFactor * swv.size() / Nation.MAIN_SIZE;
    }

    /**
     * Writes every selected SWV's inbox under {@code out}, reporting one line per SWV to {@code progress}, and
     * returns per SWV code what was written (with DUO's two national files first).
     */
    public Map<String, DemoSummary> writeTo(Path out, Consumer<String> progress) {
        Map<String, DemoSummary> summaries = new LinkedHashMap<>();
        Map<String, SwvCounts[]> counts = new LinkedHashMap<>();
        for (Nation.Swv swv : selection()) {
            long start = System.nanoTime();
            Region region = swv.code().equals(Region.MAIN_SWV) ? new Region() : new Region(swv);
            World world = World.simulate(Nation.seed(seed, swv.code()), scaleOf(swv), region);
            DemoSummary summary = DemoData.write(world, new Inbox(out.resolve(swv.code())));
            counts.put(swv.code(), DuoSwvFiles.perYear(world::mainSwvCounts));
            summaries.put(swv.code(), summary);
            progress.accept(String.format(
                    "%s %-40s scale %.3f  pupils %7d  rows %8d  %.1f s",
                    swv.code(),
                    swv.naam(),
                    world.scale(),
                    summary.pupils(),
                    summary.files().stream().mapToInt(WrittenFile::rows).sum(),
                    (System.nanoTime() - start) / 1e9));
        }
        for (Map.Entry<String, DemoSummary> e : summaries.entrySet()) {
            Inbox inbox = new Inbox(out.resolve(e.getKey()));
            try {
                DuoSwvFiles.writeNational(inbox, counts);
            } catch (IOException ex) {
                throw new UncheckedIOException("writing DUO's national files into " + inbox.root(), ex);
            }
            DemoSummary s = e.getValue();
            List<WrittenFile> files = new ArrayList<>(inbox.written());
            files.addAll(s.files());
            e.setValue(new DemoSummary(
                    s.seed(),
                    s.scale(),
                    files,
                    s.problems(),
                    s.mainSwvCounts(),
                    s.pupils(),
                    s.tlvs(),
                    s.thuiszittersNieuw()));
        }
        return summaries;
    }
}
