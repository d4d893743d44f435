package nl.dekkend.warehouse.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * The new publication failed verification and was not swapped in; the previous one keeps serving. The
 * message (Dutch, for the user) lists every reason; the refused file is kept for inspection.
 */
public final class PublishRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;
    private final transient Path keptAt;

    public PublishRefusedException(List<String> reasons, Path keptAt) {
        super("Publicatie geweigerd, de vorige publicatie blijft in gebruik:\n  - "
                + String.join("\n  - ", reasons)
                + "\nDe geweigerde database staat ter inzage in "
                + keptAt);
        this.reasons = List.copyOf(reasons);
        this.keptAt = keptAt;
    }

    public List<String> reasons() {
        return reasons;
    }

    public Path keptAt() {
        return keptAt;
    }
}
