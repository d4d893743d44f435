package nl.dekkend.warehouse.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.dekkend.warehouse.WarehouseLayout;

/**
 * The files of one home's publications: a new one is built beside the others, then either kept aside as refused or
 * swapped in by renaming the {@code current.duckdb} link in one atomic step; until then readers keep the previous one.
 */
final class PublicationFolder {

    private static final int KEEP_OLD = 2;

    private final WarehouseLayout layout;

    PublicationFolder(WarehouseLayout layout) {
        this.layout = layout;
    }

    WarehouseLayout layout() {
        return layout;
    }

    /** Where the run's new publication is built; a leftover of a killed build is removed. */
    Path building(String runId) throws IOException {
        Files.createDirectories(layout.publications());
        Path building = layout.publications().resolve(runId + ".duckdb.bouw");
        Files.deleteIfExists(building);
        return building;
    }

    /** Keeps the built file for inspection under {@code afgekeurd/}; the current publication stays. */
    PublishRefusedException refuse(Path building, String runId, List<String> problems) throws IOException {
        Files.createDirectories(layout.rejected());
        Path kept = layout.rejected().resolve(runId + ".duckdb");
        Files.move(building, kept, StandardCopyOption.REPLACE_EXISTING);
        return new PublishRefusedException(problems, kept);
    }

    /** Serves the built file from now on, and removes all but the two previous publications. */
    Path install(Path building, String runId) throws IOException {
        return install(building, runId, null);
    }

    /**
     * As {@link #install(Path, String)}, with the digest of the publication's content kept beside it ({@code
     * <run>.inhoud}, written before the file it describes is served).
     */
    Path install(Path building, String runId, String digest) throws IOException {
        Path file = layout.publications().resolve(runId + ".duckdb");
        Path digestFile = digestOf(file);
        Files.deleteIfExists(digestFile);
        if (digest != null) {
            Path writing = digestFile.resolveSibling(digestFile.getFileName() + ".nieuw");
            Files.writeString(writing, digest + "\n");
            Files.move(writing, digestFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
        swapCurrent(file);
        removeOldPublications(file);
        return file;
    }

    /** The digest kept with the publication being served, if it has one. */
    Optional<String> currentDigest() throws IOException {
        Path link = layout.current();
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        Path file = layout.dir().resolve(Files.readSymbolicLink(link));
        Path digest = digestOf(file);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(digest)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(digest).strip());
    }

    private static Path digestOf(Path publication) {
        String name = publication.getFileName().toString();
        return publication.resolveSibling(name.substring(0, name.length() - ".duckdb".length()) + ".inhoud");
    }

    private void swapCurrent(Path file) throws IOException {
        Path link = layout.current();
        Path next = link.resolveSibling(link.getFileName() + ".nieuw");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, layout.dir().relativize(file));
        Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void removeOldPublications(Path current) throws IOException {
        try (Stream<Path> files = Files.list(layout.publications())) {
            List<Path> old = files.filter(p -> p.getFileName().toString().endsWith(".duckdb"))
                    .filter(p -> !p.equals(current))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
            for (Path stale : old.subList(Math.min(KEEP_OLD, old.size()), old.size())) {
                Files.deleteIfExists(stale);
            }
        }
        // digests whose publication is gone (removed above, or never swapped in: a build killed after its digest)
        try (Stream<Path> files = Files.list(layout.publications())) {
            List<Path> digests = files.filter(p -> p.getFileName().toString().endsWith(".inhoud"))
                    .toList();
            for (Path digest : digests) {
                String name = digest.getFileName().toString();
                Path publication =
                        digest.resolveSibling(name.substring(0, name.length() - ".inhoud".length()) + ".duckdb");
                if (!Files.exists(publication)) {
                    Files.delete(digest);
                }
            }
        }
    }
}
