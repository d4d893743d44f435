package nl.dekkend.ingest;

import java.util.List;

/** Every file an ingest run looked at, in the order it handled them. */
public record IngestReport(List<FileLoad> files) {

    public IngestReport {
        files = List.copyOf(files);
    }

    /** Whether any file was rejected as a whole in this run. */
    public boolean anyRejected() {
        return files.stream().anyMatch(f -> LoadStatus.AFGEWEZEN.equals(f.status()));
    }
}
