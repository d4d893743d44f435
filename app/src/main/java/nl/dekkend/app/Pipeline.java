package nl.dekkend.app;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.dekkend.ingest.IngestConfig;
import nl.dekkend.ingest.IngestJob;
import nl.dekkend.ingest.IngestReport;
import nl.dekkend.ingest.read.ReadLimits;
import nl.dekkend.transform.TransformConfig;
import nl.dekkend.transform.TransformJob;
import nl.dekkend.transform.TransformReport;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.publish.Publication;
import nl.dekkend.warehouse.publish.Publisher;
import nl.dekkend.warehouse.publish.SwvPublisher;
import org.apache.spark.sql.SparkSession;

/** The three steps in order: ingest the inbox, transform the lake, publish the serving database. */
public final class Pipeline {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

    private final SparkSession spark;
    private final Home home;
    private final Optional<String> pseudonymKey;
    private final ReadLimits limits;
    private final Clock clock;
    private final boolean gold;

    /** {@code gold}: also write the gold layer (marts and kpis) as Delta tables. */
    public Pipeline(
            SparkSession spark,
            Home home,
            Optional<String> pseudonymKey,
            ReadLimits limits,
            Clock clock,
            boolean gold) {
        this.spark = spark;
        this.home = home;
        this.pseudonymKey = pseudonymKey;
        this.limits = limits;
        this.clock = clock;
        this.gold = gold;
    }

    /** What a run did; the exit code is 0, or 1 when a file was rejected (the rest still loaded). */
    public record Result(
            IngestReport ingest, TransformReport transform, Publication publication, SwvPublisher.Result perSwv) {

        /** 0, or 1 when a file was rejected or an SWV's publication refused (the rest still loaded and published). */
        public int exitCode() {
            return ingest.anyRejected() || !perSwv.refused().isEmpty() ? 1 : 0;
        }
    }

    public Result run(java.nio.file.Path inbox, Consumer<String> progress) {
        String runId = RUN_ID.format(clock.instant().atOffset(ZoneOffset.UTC));
        progress.accept("1/3 Inlezen uit " + inbox);
        IngestReport ingest = new IngestJob(
                        spark, new IngestConfig(inbox, home.lake(), home.secrets(), pseudonymKey, limits))
                .run(progress);
        progress.accept("2/3 Indicatoren berekenen");
        TransformReport transform = new TransformJob(
                        spark, new TransformConfig(home.lake(), runId, new Instellingen(home).eigenSwv(), gold))
                .run(progress);
        progress.accept("3/3 Publiceren");
        Publication publication = new Publisher(new WarehouseLayout(home.warehouse()), clock)
                .publish(transform.exportDir(), runId, progress);
        return new Result(ingest, transform, publication, publishPerSwv(home, clock, publication, runId, progress));
    }

    /**
     * A national run (the SWVs delivered their files in folders of their own) publishes each SWV's figures in its own
     * home as well; a single SWV's run publishes none.
     */
    static SwvPublisher.Result publishPerSwv(
            Home home, Clock clock, Publication national, String runId, Consumer<String> progress) {
        List<String> codes = SwvPublisher.swvCodes(national.file());
        if (codes.isEmpty()) {
            return SwvPublisher.Result.none();
        }
        long start = System.nanoTime();
        SwvPublisher.Result result = new SwvPublisher(
                        code -> new WarehouseLayout(home.swv(code).warehouse()), clock)
                .publish(national.file(), runId, codes, progress);
        progress.accept(String.format(
                java.util.Locale.ROOT,
                "  per SWV: %d gepubliceerd in %s/<SWV>, %d ongewijzigd, %d geweigerd (%d ms)",
                result.published().size(),
                home.swvHomes(),
                result.unchanged().size(),
                result.refused().size(),
                (System.nanoTime() - start) / 1_000_000));
        return result;
    }
}
