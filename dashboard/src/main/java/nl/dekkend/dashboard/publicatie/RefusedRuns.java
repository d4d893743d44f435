package nl.dekkend.dashboard.publicatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;

/**
 * The refused publications under {@code warehouseDir/afgekeurd/}. Each file is opened read-only once (until it
 * changes) to read its {@code publication} row and failing data tests, then closed again.
 */
public final class RefusedRuns {

    private static final Logger LOG = Logger.getLogger(RefusedRuns.class.getName());

    private final Path dir;
    private final ServingDatabase database;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, long size, RefusedRun run) {}

    public RefusedRuns(Path dir, ServingDatabase database) {
        this.dir = dir;
        this.database = database;
    }

    /** The notice for pages when the newest refused run is newer than the publication the reader serves. */
    public PublicationNotice notice(ServingReader current) {
        Optional<RefusedRun> newest = newest();
        if (newest.isEmpty()) {
            return PublicationNotice.NONE;
        }
        LocalDateTime currentMoment = new PublicatieQueries(current)
                .publication()
                .map(PublicationInfo::publishedAt)
                .orElseGet(() -> modified(current.file()));
        return newest.filter(run -> currentMoment == null || run.moment().isAfter(currentMoment))
                .map(run -> PublicationNotice.of(run, currentMoment))
                .orElse(PublicationNotice.NONE);
    }

    /** The newest refused run by its {@code published_at} (or file time). */
    public Optional<RefusedRun> newest() {
        List<RefusedRun> runs = new ArrayList<>();
        for (Path file : files()) {
            read(file).ifPresent(runs::add);
        }
        cache.keySet().retainAll(runs.stream().map(RefusedRun::file).toList());
        return runs.stream().max(Comparator.comparing(RefusedRun::moment));
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".duckdb"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list refused publications in " + dir, e);
        }
    }

    private Optional<RefusedRun> read(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Cached cached = cache.get(file);
            if (cached != null
                    && cached.modified().equals(attributes.lastModifiedTime())
                    && cached.size() == attributes.size()) {
                return Optional.of(cached.run());
            }
            RefusedRun run = database.readOnce(file, reader -> summary(file, attributes, reader));
            cache.put(file, new Cached(attributes.lastModifiedTime(), attributes.size(), run));
            return Optional.of(run);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed meanwhile
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read refused publication " + file, e);
            return Optional.empty();
        }
    }

    private static RefusedRun summary(Path file, BasicFileAttributes attributes, ServingReader reader) {
        PublicatieQueries queries = new PublicatieQueries(reader);
        Optional<PublicationInfo> info = queries.publication();
        String name = file.getFileName().toString();
        String runId = info.map(PublicationInfo::runId).orElse(name.substring(0, name.length() - ".duckdb".length()));
        LocalDateTime moment = info.map(PublicationInfo::publishedAt).orElse(toLocal(attributes.lastModifiedTime()));
        return new RefusedRun(file, runId, moment, queries.failingDataTests());
    }

    private static LocalDateTime modified(Path file) {
        try {
            return toLocal(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return null;
        }
    }

    private static LocalDateTime toLocal(FileTime time) {
        return LocalDateTime.ofInstant(time.toInstant(), ZoneId.systemDefault());
    }
}
