package nl.dekkend.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The Delta table versions one run read (bronze) and wrote (gold), exported as {@code lake_versions} (tabel, versie)
 * so a publication, and a PDCA cycle that froze it, says exactly which table states its figures came from. The
 * version of a Delta table is the number of the newest commit file in its {@code _delta_log}.
 */
final class LakeVersions {

    private LakeVersions() {}

    /** {@code bronze/<table>} and {@code gold/<table>} with their current version, sorted by name. */
    static List<TableVersion> read(Path bronze, Path gold) {
        List<TableVersion> versions = new ArrayList<>();
        versions.addAll(of("bronze", bronze));
        versions.addAll(of("gold", gold));
        return versions;
    }

    private static List<TableVersion> of(String layer, Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> tables = Files.list(dir)) {
            List<TableVersion> result = new ArrayList<>();
            for (Path table : tables.sorted().toList()) {
                OptionalLong version = version(table.resolve("_delta_log"));
                if (version.isPresent()) {
                    result.add(new TableVersion(layer + "/" + table.getFileName(), version.getAsLong()));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Delta tables in " + dir, e);
        }
    }

    private static OptionalLong version(Path log) throws IOException {
        if (!Files.isDirectory(log)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> files = Files.list(log)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("\\d{20}\\.json"))
                    .mapToLong(name -> Long.parseLong(name.substring(0, 20)))
                    .max();
        }
    }

    record TableVersion(String tabel, long versie) {}
}
