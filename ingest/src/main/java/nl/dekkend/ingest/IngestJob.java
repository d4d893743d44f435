package nl.dekkend.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.dekkend.ingest.bronze.BronzeWriter;
import nl.dekkend.ingest.bronze.ManifestRow;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.privacy.PseudonymKey;
import nl.dekkend.ingest.privacy.Pseudonymiser;
import nl.dekkend.ingest.read.FileReadException;
import nl.dekkend.ingest.read.RawTable;
import nl.dekkend.ingest.read.TableReader;
import nl.dekkend.ingest.validate.ValidatedFile;
import nl.dekkend.ingest.validate.Validator;
import org.apache.spark.sql.SparkSession;

/**
 * Loads every new file of the inbox into bronze: read, validate, pseudonymise, append. It commits the
 * bronze rows once per source, then the run's quarantine rows, then the run's manifest rows (one commit
 * each), so an interrupted run leaves nothing visible and its rerun loads the same files again. A file
 * whose content was loaded before for the same source is skipped as {@code ongewijzigd}. A file that
 * cannot be read (broken, too large, wrong encoding, any reader error) is {@code afgewezen} with a Dutch
 * reason and a manifest row, and the run goes on with the next file.
 *
 * <p>The inbox is flat ({@code <bron>/<file>}) or national: {@code <SWV-code>/<bron>/<file>}, one complete inbox
 * per SWV. A source's folders of all SWVs are read together, so each bronze table still gets one commit per run;
 * every row carries its delivering SWV ({@code _swv}). DUO's national files, byte-identical in every SWV's inbox,
 * load once: the "loaded before" check by source and content also holds within the run. A source without SWV code
 * ({@link Contract#zonderSwvCode}) is checked per delivering SWV.
 */
public final class IngestJob {

    private static final Pattern SWV_CODE = Pattern.compile("(PO|VO)\\d{4}");

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
        Map<String, ManifestRow> earlier = new HashMap<>();
        for (ManifestRow m : writer.readManifest()) {
            if (!m.status().equals(LoadStatus.ONGEWIJZIGD)) {
                contracts.get(m.bron()).ifPresent(c -> earlier.put(loadKey(c, swvOf(m.bestand()), m.bestandHash()), m));
            }
        }
        Supplier<Pseudonymiser> pseudonymiser =
                memoize(() -> PseudonymKey.resolve(config.keyFromEnvironment(), config.secretsDir(), progress));
        List<FileLoad> loads = new ArrayList<>();
        if (!Files.isDirectory(config.inbox())) {
            progress.accept("Inbox " + config.inbox() + " bestaat niet; geen bestanden ingelezen.");
            return new IngestReport(loads);
        }
        LoadIds ids = new LoadIds();
        for (Map.Entry<String, List<Delivery>> source : deliveries(progress).entrySet()) {
            Contract contract = contracts.get(source.getKey()).orElseThrow();
            Validator validator = new Validator(contract, pseudonymiser);
            for (Delivery delivery : source.getValue()) {
                for (Path file : list(delivery.folder())) {
                    String bestand = delivery.prefix() + file.getFileName();
                    if (Files.isDirectory(file) || file.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    if (!TableReader.supports(file)) {
                        progress.accept(bestand + ": overgeslagen, alleen .csv en .xlsx worden gelezen");
                        continue;
                    }
                    FileLoad load = loadFile(contract, validator, file, bestand, delivery.swv(), writer, earlier, ids);
                    loads.add(load);
                    progress.accept(progressLine(load));
                }
            }
            writer.flushRows(); // one commit per source, over every SWV's folder of it
        }
        writer.commit(); // the run's quarantine, then its manifest rows: from here its loads are visible
        return new IngestReport(loads);
    }

    /**
     * The inbox's source folders per source (sorted by name), each source's folders in order: the flat {@code
     * <bron>/} first, then {@code <SWV-code>/<bron>/} per SWV by code. Unknown folders and loose files are reported
     * and skipped.
     */
    private Map<String, List<Delivery>> deliveries(Consumer<String> progress) {
        Map<String, List<Delivery>> out = new TreeMap<>();
        for (Path top : list(config.inbox())) {
            String name = top.getFileName().toString();
            if (Files.isDirectory(top) && isSwvCode(name)) {
                for (Path folder : list(top)) {
                    addDelivery(out, folder, name, name + "/", progress);
                }
            } else {
                addDelivery(out, top, null, "", progress);
            }
        }
        out.values()
                .forEach(folders -> folders.sort(
                        Comparator.comparing(Delivery::swv, Comparator.nullsFirst(Comparator.<String>naturalOrder()))));
        return out;
    }

    private void addDelivery(
            Map<String, List<Delivery>> out, Path folder, String swv, String parent, Consumer<String> progress) {
        String bron = folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            progress.accept(parent + bron + ": overgeslagen, bestanden horen in een map per bron (inbox/<bron>/)");
            return;
        }
        if (contracts.get(bron).isEmpty()) {
            progress.accept("Map '" + parent + bron
                    + "' is geen bekende bron en wordt overgeslagen (bekende bronnen staan in BRONNEN.md).");
            return;
        }
        out.computeIfAbsent(bron, b -> new ArrayList<>()).add(new Delivery(folder, swv, parent + bron + "/"));
    }

    /** A source folder: the flat {@code <bron>/} (swv null) or one SWV's {@code <SWV-code>/<bron>/}. */
    private record Delivery(Path folder, String swv, String prefix) {}

    /** An SWV code as DUO writes it and as a national inbox names its folders: PO or VO and four digits. */
    static boolean isSwvCode(String name) {
        return SWV_CODE.matcher(name).matches();
    }

    /** The delivering SWV of a manifest row's bestand: its first folder in a national inbox, else null. */
    static String swvOf(String bestand) {
        String[] parts = bestand.split("/", -1);
        return parts.length == 3 && isSwvCode(parts[0]) ? parts[0] : null;
    }

    /**
     * What makes a file "loaded before": its source and content; for a source without SWV code also the delivering
     * SWV, since there the same bytes from two SWVs are two SWVs' figures.
     */
    private static String loadKey(Contract contract, String swv, String hash) {
        return contract.bron() + "|" + (contract.zonderSwvCode() ? swv + "|" : "") + hash;
    }

    private FileLoad loadFile(
            Contract contract,
            Validator validator,
            Path file,
            String bestand,
            String swv,
            BronzeWriter writer,
            Map<String, ManifestRow> earlier,
            LoadIds ids) {
        Instant begonnen = Instant.now();
        String hash;
        try {
            hash = sha256(file);
        } catch (IOException e) {
            // unreadable (permissions, a file that disappeared): rejected, tried again on the next run
            hash = sha256(("onleesbaar|" + bestand).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ValidatedFile rejected = ValidatedFile.rejected(
                    0, "bestand kan niet gelezen worden (" + e.getClass().getSimpleName() + ")");
            return write(contract, bestand, swv, hash, rejected, writer, earlier, ids, begonnen);
        }
        ManifestRow before = earlier.get(loadKey(contract, swv, hash));
        if (before != null) {
            String melding = "al eerder ingelezen"
                    + (before.bestand().equals(bestand) ? "" : " als " + before.bestand())
                    + " (load " + before.loadId() + ", status " + before.status() + "); niets gewijzigd";
            // recorded so `dekkend loads` shows the latest attempt; nothing else is written and transform
            // ignores the row (only geladen and deels_geladen loads count)
            writer.addManifest(new ManifestRow(
                    ids.next(begonnen),
                    contract.bron(),
                    bestand,
                    hash,
                    LoadStatus.ONGEWIJZIGD,
                    before.rijen(),
                    0,
                    0,
                    melding,
                    begonnen,
                    Instant.now()));
            return new FileLoad(contract.bron(), bestand, LoadStatus.ONGEWIJZIGD, before.rijen(), 0, 0, melding);
        }
        ValidatedFile result;
        try {
            RawTable table = TableReader.read(file, config.limits());
            result = validator.validate(table);
        } catch (FileReadException e) {
            result = validator.validate(e);
        } catch (RuntimeException e) { // any other reader failure rejects this file, not the run
            result = ValidatedFile.rejected(
                    0,
                    "bestand kan niet verwerkt worden (" + e.getClass().getSimpleName()
                            + "); controleer of het een geldig CSV- of XLSX-bestand is");
        }
        return write(contract, bestand, swv, hash, result, writer, earlier, ids, begonnen);
    }

    private FileLoad write(
            Contract contract,
            String bestand,
            String swv,
            String hash,
            ValidatedFile result,
            BronzeWriter writer,
            Map<String, ManifestRow> earlier,
            LoadIds ids,
            Instant begonnen) {
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
        writer.addRows(contract, result.rows(), pending, swv);
        writer.addQuarantine(result.quarantine(), pending);
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
        writer.addManifest(done);
        earlier.put(loadKey(contract, swv, hash), done); // also within this run: 77 inboxes, one load
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
            case LoadStatus.AFGEWEZEN ->
                load.quarantaine() > 0
                        ? load.bestand() + ": afgewezen, alle " + DutchCount.of(load.quarantaine())
                                + " rijen in quarantaine; " + load.melding()
                        : load.bestand() + ": afgewezen: " + load.melding();
            case LoadStatus.ONGEWIJZIGD -> load.bestand() + ": ongewijzigd, " + load.melding();
            default ->
                load.melding().startsWith(DutchCount.of(load.geladen()) + " ")
                        ? load.bestand() + ": " + load.melding()
                        : load.bestand() + ": " + DutchCount.of(load.geladen()) + " rijen geladen, "
                                + DutchCount.of(load.quarantaine())
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

    /** The file's SHA-256, read as a stream (a large file is never held in memory for it). */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
