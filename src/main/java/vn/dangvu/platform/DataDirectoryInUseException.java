package vn.dangvu.platform;

import java.nio.file.Path;

/** Another Dangvu (or another embedded server) holds the lock on the data directory. */
public class DataDirectoryInUseException extends RuntimeException {

    private final Path directory;

    public DataDirectoryInUseException(Path directory) {
        super("The data directory " + directory + " is already in use by another running Dangvu");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
