package nl.dekkend.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local file system of Dekkend's sessions does what Hadoop's own does, without a process per file: the same
 * calls on Hadoop's {@link RawLocalFileSystem} (which starts {@code chmod} and {@code readlink}) and on
 * {@link LocalFileSystems.Raw} leave the same permissions and describe the same paths.
 */
class LocalFileSystemsTest {

    @TempDir
    java.nio.file.Path dir;

    private static RawLocalFileSystem initialised(RawLocalFileSystem fs) throws IOException {
        fs.initialize(URI.create("file:///"), new Configuration());
        return fs;
    }

    private String mode(java.nio.file.Path file) throws IOException {
        return Integer.toOctalString((Integer) Files.getAttribute(file, "unix:mode") & 07777);
    }

    @Test
    void theSessionsUseItForFileSystemAndFileContext() throws IOException {
        SparkSession spark = SparkSessions.forTests();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        assertThat(FileSystem.get(URI.create("file:///"), conf)).isInstanceOf(LocalFileSystems.Checksummed.class);
        assertThat(FileContext.getFileContext(URI.create("file:///"), conf).getDefaultFileSystem())
                .isInstanceOf(LocalFileSystems.Fs.class);
    }

    @Test
    void filesAndFoldersGetTheSamePermissionsAsWithHadoopsOwn() throws IOException {
        RawLocalFileSystem hadoop = initialised(new RawLocalFileSystem());
        RawLocalFileSystem ours = initialised(new LocalFileSystems.Raw());
        for (String octal : new String[] {"755", "750", "644", "640", "600"}) {
            FsPermission permission = new FsPermission(Short.parseShort(octal, 8));
            java.nio.file.Path byHadoop = dir.resolve("hadoop-" + octal);
            java.nio.file.Path byOurs = dir.resolve("ours-" + octal);
            assertThat(hadoop.mkdirs(new Path(byHadoop.resolve("map").toUri()), permission))
                    .isTrue();
            assertThat(ours.mkdirs(new Path(byOurs.resolve("map").toUri()), permission))
                    .isTrue();
            hadoop.create(new Path(byHadoop.resolve("bestand").toUri()), permission, false, 4096, (short) 1, 1024, null)
                    .close();
            ours.create(new Path(byOurs.resolve("bestand").toUri()), permission, false, 4096, (short) 1, 1024, null)
                    .close();
            assertThat(mode(byOurs.resolve("map"))).as("folder " + octal).isEqualTo(mode(byHadoop.resolve("map")));
            assertThat(mode(byOurs.resolve("bestand")))
                    .as("file " + octal)
                    .isEqualTo(mode(byHadoop.resolve("bestand")));
        }
        // by hand: 0640 is rw-r-----, 0750 rwxr-x---
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ours-640/bestand"))))
                .isEqualTo("rw-r-----");
        assertThat(mode(dir.resolve("ours-750/map"))).isEqualTo("750");
        assertThat(PosixFilePermissions.toString(LocalFileSystems.posix((short) 0751)))
                .isEqualTo("rwxr-x--x");
        // a sticky bit is left to Hadoop's chmod, and kept
        FsPermission sticky = new FsPermission((short) 01777);
        hadoop.setPermission(new Path(dir.resolve("hadoop-755/map").toUri()), sticky);
        ours.setPermission(new Path(dir.resolve("ours-755/map").toUri()), sticky);
        assertThat(mode(dir.resolve("hadoop-755/map"))).isEqualTo("1777");
        assertThat(mode(dir.resolve("ours-755/map"))).isEqualTo("1777");
    }

    @Test
    void aFileAFolderALinkAndAMissingPathAreDescribedAsByHadoopsOwn() throws IOException {
        RawLocalFileSystem hadoop = initialised(new RawLocalFileSystem());
        RawLocalFileSystem ours = initialised(new LocalFileSystems.Raw());
        java.nio.file.Path file = Files.writeString(dir.resolve("leerlingen.csv"), "SWV_CODE;BaO\nPO3009;16.967\n");
        java.nio.file.Path folder = Files.createDirectory(dir.resolve("inbox"));
        java.nio.file.Path link = Files.createSymbolicLink(dir.resolve("current.duckdb"), file);
        // Hadoop's readlink sees a link only in a path without a scheme ("file:/..." is no file name to it)
        for (java.nio.file.Path path : new java.nio.file.Path[] {file, folder, link}) {
            for (Path asked : new Path[] {new Path(path.toUri()), new Path(path.toString())}) {
                FileStatus expected = hadoop.getFileLinkStatus(asked);
                FileStatus actual = ours.getFileLinkStatus(asked);
                assertThat(actual.isSymlink()).as(asked.toString()).isEqualTo(expected.isSymlink());
                assertThat(actual.isDirectory()).as(asked.toString()).isEqualTo(expected.isDirectory());
                assertThat(actual.getLen()).as(asked.toString()).isEqualTo(expected.getLen());
                assertThat(actual.getPath()).as(asked.toString()).isEqualTo(expected.getPath());
            }
        }
        FileStatus ofFile = ours.getFileLinkStatus(new Path(file.toUri()));
        assertThat(ofFile.isSymlink()).isFalse();
        assertThat(ofFile.getLen()).isEqualTo(27);
        assertThat(ours.getFileLinkStatus(new Path(link.toString()))
                        .getSymlink()
                        .toUri()
                        .getPath())
                .isEqualTo(file.toString());
        Path missing = new Path(dir.resolve("ontbreekt.csv").toUri());
        assertThatThrownBy(() -> hadoop.getFileLinkStatus(missing)).isInstanceOf(FileNotFoundException.class);
        assertThatThrownBy(() -> ours.getFileLinkStatus(missing)).isInstanceOf(FileNotFoundException.class);
    }
}
