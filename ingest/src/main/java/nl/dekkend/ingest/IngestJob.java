package nl.dekkend.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.dekkend.ingest.bronze.BronzeWriter;
import nl.dekkend.ingest.bronze.GebiedenLookup;
import nl.dekkend.ingest.bronze.ManifestRow;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.privacy.PseudonymKey;
import nl.dekkend.ingest.privacy.Pseudonymiser;
import nl.dekkend.ingest.read.FileReadException;
import nl.dekkend.ingest.read.RawTable;
import nl.dekkend.ingest.read.TableReader;
import nl.dekkend.ingest.validate.PostcodeWijken;
import nl.dekkend.ingest.validate.ValidatedFile;
import nl.dekkend.ingest.validate.Validator;
import org.apache.spark.sql.SparkSession;

/**
 * Loads every new file of the inbox into bronze: read, validate, pseudonymise, append. Per file it
 * commits the bronze rows, then the quarantine rows, then the manifest row, so an interrupted run
 * leaves nothing visible. A file whose content was loaded before for the same source is skipped as
 * {@code ongewijzigd}.
 */
public final class IngestJob {

    public static final String ONGEWIJZIGD = "ongewijzigd";

    private final SparkSession spark;
    private final IngestConfig config;
    private final Contracts contracts;

    public IngestJob(SparkSession spark, IngestConfig config) {
        this.spark = spark;
        this.config = config;
        this.contracts = Contracts.load();
    }

    public IngestReport run(Consumer<String> progress) {
        BronzeWriter writer = new BronzeWriter(spark, config.lake());
        writer.ensureTables(contracts.all());
        Map<String, ManifestRow> earlier = new HashMap<>();
        for (ManifestRow m : writer.readManifest()) {
            if (!m.status().equals(ONGEWIJZIGD)) {
                earlier.put(m.bron() + "|" + m.bestandHash(), m);
            }
        }
        Supplier<Pseudonymiser> pseudonymiser =
                memoize(() -> PseudonymKey.resolve(config.keyFromEnvironment(), config.secretsDir(), progress));
        // read lazily, after this run's own gebieden files (their folder sorts before inschrijvingen)
        Supplier<PostcodeWijken> wijken = memoize(() -> GebiedenLookup.read(spark, config.lake()));
        List<FileLoad> loads = new ArrayList<>();
        if (!Files.isDirectory(config.inbox())) {
            progress.accept("Inbox " + config.inbox() + " bestaat niet; geen bestanden ingelezen.");
            return new IngestReport(loads);
        }
        LoadIds ids = new LoadIds();
        for (Path folder : list(config.inbox())) {
            String bron = folder.getFileName().toString();
            if (!Files.isDirectory(folder)) {
                progress.accept(bron + ": overgeslagen, bestanden horen in een map per bron (inbox/<bron>/)");
                continue;
            }
            Optional<Contract> contract = contracts.get(bron);
            if (contract.isEmpty()) {
                progress.accept("Map '" + bron
                        + "' is geen bekende bron en wordt overgeslagen (bekende bronnen staan in BRONNEN.md).");
                continue;
            }
            Validator validator = new Validator(contract.get(), pseudonymiser, wijken);
            for (Path file : list(folder)) {
                String bestand = bron + "/" + file.getFileName();
                if (Files.isDirectory(file) || file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (!TableReader.supports(file)) {
                    progress.accept(bestand + ": overgeslagen, alleen .csv en .xlsx worden gelezen");
                    continue;
                }
                FileLoad load = loadFile(contract.get(), validator, file, bestand, writer, earlier, ids);
                loads.add(load);
                progress.accept(progressLine(load));
            }
        }
        return new IngestReport(loads);
    }

    private FileLoad loadFile(
            Contract contract,
            Validator validator,
            Path file,
            String bestand,
            BronzeWriter writer,
            Map<String, ManifestRow> earlier,
            LoadIds ids) {
        Instant begonnen = Instant.now();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String hash = sha256(bytes);
        ManifestRow before = earlier.get(contract.bron() + "|" + hash);
        if (before != null) {
            String melding = "al eerder ingelezen"
                    + (before.bestand().equals(bestand) ? "" : " als " + before.bestand())
                    + " (load " + before.loadId() + ", status " + before.status() + "); niets gewijzigd";
            // recorded so `dekkend loads` shows the latest attempt; nothing else is written and transform
            // ignores the row (only geladen and deels_geladen loads count)
            writer.writeManifest(new ManifestRow(
                    ids.next(begonnen),
                    contract.bron(),
                    bestand,
                    hash,
                    ONGEWIJZIGD,
                    before.rijen(),
                    0,
                    0,
                    melding,
                    begonnen,
                    Instant.now()));
            return new FileLoad(contract.bron(), bestand, ONGEWIJZIGD, before.rijen(), 0, 0, melding);
        }
        ValidatedFile result;
        try {
            RawTable table = TableReader.read(file.getFileName().toString(), bytes);
            result = validator.validate(table);
        } catch (FileReadException e) {
            result = validator.validate(e);
        }
        if (!result.balanced()) {
            throw new IllegalStateException(bestand + ": rows do not add up: " + result.geladen() + " + "
                    + result.quarantaine() + " != " + result.rijen());
        }
        ManifestRow pending = new ManifestRow(
                ids.next(begonnen),
                contract.bron(),
                bestand,
                hash,
                result.status(),
                result.rijen(),
                result.geladen(),
                result.quarantaine(),
                result.melding(),
                begonnen,
                begonnen);
        writer.writeRows(contract, result.rows(), pending);
        writer.writeQuarantine(result.quarantine(), pending);
        ManifestRow done = new ManifestRow(
                pending.loadId(),
                pending.bron(),
                bestand,
                hash,
                result.status(),
                result.rijen(),
                result.geladen(),
                result.quarantaine(),
                result.melding(),
                begonnen,
                Instant.now());
        writer.writeManifest(done);
        earlier.put(contract.bron() + "|" + hash, done);
        return new FileLoad(
                contract.bron(),
                bestand,
                result.status(),
                result.rijen(),
                result.geladen(),
                result.quarantaine(),
                result.melding());
    }

    static String progressLine(FileLoad load) {
        return switch (load.status()) {
            case "afgewezen" ->
                load.quarantaine() > 0
                        ? load.bestand() + ": afgewezen, alle " + load.quarantaine() + " rijen in quarantaine; "
                                + load.melding()
                        : load.bestand() + ": afgewezen: " + load.melding();
            case ONGEWIJZIGD -> load.bestand() + ": ongewijzigd, " + load.melding();
            default ->
                load.melding().startsWith(load.geladen() + " ")
                        ? load.bestand() + ": " + load.melding()
                        : load.bestand() + ": " + load.geladen() + " rijen geladen, " + load.quarantaine()
                                + " in quarantaine; " + load.melding();
        };
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted((a, b) ->
                            a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Load ids that sort by time: {@code 20240101T120000123Z-0001-ab12}. */
    private static final class LoadIds {
        private final AtomicInteger counter = new AtomicInteger();
        private final String run = Integer.toHexString(new java.security.SecureRandom().nextInt(0x10000) | 0x10000)
                .substring(1);

        String next(Instant at) {
            String ts = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT)
                    .withZone(java.time.ZoneOffset.UTC)
                    .format(at);
            return ts + "-" + String.format(Locale.ROOT, "%04d", counter.incrementAndGet()) + "-" + run;
        }
    }
}
