package nl.dekkend.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic demo and benchmark data for one fictional samenwerkingsverband (PO9901 Lindewaard).
 * Same seed and scale give byte-identical files. Scale 1 is about 25,000 pupils in 75 BaO, 4 SBO and
 * 3 SO vestigingen; scale 10 is ten times the pupils and schools.
 *
 * <pre>DemoSummary summary = new DemoData(42, 1.0).writeTo(Path.of("inbox"));</pre>
 */
public final class DemoData {

    private final long seed;
    private final double scale;

    public DemoData(long seed, double scale) {
        if (!(scale > 0 && scale <= 100)) {
            throw new IllegalArgumentException("scale must be in (0, 100], was " + scale);
        }
        this.seed = seed;
        this.scale = scale;
    }

    /** Writes every source into {@code inbox/<bron>/<file>} and returns what was written. */
    public DemoSummary writeTo(Path inbox) {
        World world = World.simulate(seed, scale, new Region());
        Inbox out = new Inbox(inbox);
        try {
            new DuoSwvFiles(world).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing demo inbox " + inbox, e);
        }
        return write(world, out);
    }

    /** Every source of one SWV except DUO's national files ({@link DuoSwvFiles}). */
    static DemoSummary write(World world, Inbox out) {
        List<DeliberateProblem> problems = new ArrayList<>();
        CareFiles care = new CareFiles(world, problems);
        try {
            new RegisterFiles(world).write(out);
            new DuoDetailFiles(world, problems).write(out);
            new PupilFiles(world, problems).write(out);
            care.write(out);
            new QualityFiles(world).write(out);
            new FinanceFiles(world).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing inbox " + out.root(), e);
        }
        Map<Integer, SwvCounts> counts = new TreeMap<>();
        Calendar.years().forEach(y -> counts.put(y, world.mainSwvCounts(y)));
        int pupils = (int) PupilFiles.enrolmentsInFrame(world).stream()
                .map(e -> e.pupil().id())
                .distinct()
                .count();
        return new DemoSummary(
                world.seed(),
                world.scale(),
                out.written(),
                List.copyOf(problems),
                counts,
                pupils,
                PupilFiles.tlvsInFrame(world).size(),
                new TreeMap<>(care.thuiszittersNieuw()));
    }
}
