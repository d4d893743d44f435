package nl.dekkend.lake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FsConstants;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.local.LocalConfigKeys;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system (the scheme {@code file}, where an SWV's lake lives) without a process per file.
 * Without Hadoop's native library, which Dekkend does not ship, {@link RawLocalFileSystem} starts {@code chmod} for
 * every file and folder it creates with a permission (every parquet file, every Delta commit file and their
 * folders) and {@code readlink} for every rename through Hadoop's {@code FileContext} (each Delta commit renames
 * its commit and checksum files into place), each about 7 ms on the thread that writes. Transform's {@code
 * ModelStoreTest} (seven transform runs of a small repository) started 989 {@code chmod} and 224 {@code readlink}
 * processes; without them it took 40,4 and 41,9 s instead of 48,1 and 54,5 s (alternating runs). Here the permission
 * is set through {@code java.nio} and a path that is not a symbolic link is looked up without {@code readlink}; a
 * sticky bit, a file system without POSIX permissions (Windows) and a symbolic link keep Hadoop's own way.
 *
 * <p>{@link SparkSessions} registers both of Hadoop's entry points for the scheme: {@link Checksummed} as the
 * {@code FileSystem} ({@code fs.file.impl}) and {@link Fs} as the {@code AbstractFileSystem} behind
 * {@code FileContext} ({@code fs.AbstractFileSystem.file.impl}), each checksummed like Hadoop's own.
 */
public final class LocalFileSystems {

    private LocalFileSystems() {}

    /** {@link RawLocalFileSystem} with permissions and link lookups through {@code java.nio}. */
    public static final class Raw extends RawLocalFileSystem {

        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            java.nio.file.Path file = pathToFile(p).toPath();
            if (permission.getStickyBit()
                    || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                super.setPermission(p, permission);
                return;
            }
            try {
                Files.setPosixFilePermissions(file, posix(permission.toShort()));
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException("File " + p + " does not exist");
            }
        }

        /** As Hadoop's: a file or folder that is not a symbolic link is described by its status. */
        @Override
        public FileStatus getFileLinkStatus(Path f) throws IOException {
            if (Files.isSymbolicLink(pathToFile(f).toPath())) {
                return super.getFileLinkStatus(f);
            }
            return getFileStatus(f);
        }
    }

    /** The permission bits of a mode ({@code 0755}) as {@code java.nio}'s set: bit {@code 0400 >> i} is the i-th. */
    static Set<PosixFilePermission> posix(short mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = PosixFilePermission.values();
        for (int i = 0; i < order.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                permissions.add(order[i]);
            }
        }
        return permissions;
    }

    /** The checksummed {@code FileSystem} for {@code file:}, as Hadoop's {@link LocalFileSystem}, over {@link Raw}. */
    public static final class Checksummed extends LocalFileSystem {
        public Checksummed() {
            super(new Raw());
        }
    }

    /** The checksummed {@code AbstractFileSystem} for {@code file:}, as Hadoop's {@code LocalFs}, over {@link Raw}. */
    public static final class Fs extends ChecksumFs {
        public Fs(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(new RawFs(uri, conf));
        }
    }

    /** As Hadoop's {@code RawLocalFs}, delegating to {@link Raw}. */
    static final class RawFs extends DelegateToFileSystem {
        RawFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(uri, new Raw(), conf, FsConstants.LOCAL_FS_URI.getScheme(), false);
        }

        @Override
        public int getUriDefaultPort() {
            return -1; // no default port for file:///
        }

        @Override
        public FsServerDefaults getServerDefaults(Path f) throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        @SuppressWarnings("deprecation")
        public FsServerDefaults getServerDefaults() throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        public boolean isValidName(String src) {
            return true; // as Hadoop's: the operating system decides
        }
    }
}
