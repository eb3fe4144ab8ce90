package vn.dangvu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries that ship as Maven artifacts. The data directory
 * is guarded by an exclusive file lock, so a second Dangvu on the same directory stops before it
 * touches the cluster instead of racing the first one for it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String LOCK_FILE = "dangvu.lock";

    private final Path directory;
    private final boolean ephemeral;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path directory, boolean ephemeral, FileChannel lockChannel, FileLock lock,
            EmbeddedPostgres postgres) {
        this.directory = directory;
        this.ephemeral = ephemeral;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(EmbeddedDatabaseSettings settings) {
        Path directory;
        try {
            directory = settings.ephemeral()
                    ? Files.createTempDirectory("dangvu-db-")
                    : settings.directory().toAbsolutePath().normalize();
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + settings.directory(), e);
        }
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock the data directory " + directory, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataDirectoryInUseException(directory);
        }
        try {
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("encoding", "UTF8");
            settings.serverSettings().forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(directory, settings.ephemeral(), channel, lock, postgres);
        } catch (IOException | RuntimeException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            throw new IllegalStateException("The embedded PostgreSQL in " + directory + " did not start", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            releaseQuietly(lock);
            closeQuietly(lockChannel);
            if (ephemeral) {
                deleteRecursively(directory);
            }
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", root, e);
        }
    }
}
