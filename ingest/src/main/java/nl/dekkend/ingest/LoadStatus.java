package nl.dekkend.ingest;

import java.util.List;

/**
 * The status of one file load in the manifest ({@code _loads.status}), defined once. Transform counts
 * the rows of {@link #COMMITTED} loads only; the app's {@code BronzeContractTest} holds transform's list
 * and the serving data test of {@code file_loads} to these values.
 */
public final class LoadStatus {

    /** Every data row accepted. */
    public static final String GELADEN = "geladen";
    /** Some rows accepted, the others in quarantine. */
    public static final String DEELS_GELADEN = "deels_geladen";
    /** Nothing loaded: the file could not be read, misses a required column, or every row was bad. */
    public static final String AFGEWEZEN = "afgewezen";
    /** The same content was loaded before for this source; nothing written but the manifest row. */
    public static final String ONGEWIJZIGD = "ongewijzigd";

    public static final List<String> ALL = List.of(GELADEN, DEELS_GELADEN, AFGEWEZEN, ONGEWIJZIGD);
    public static final List<String> COMMITTED = List.of(GELADEN, DEELS_GELADEN);

    private LoadStatus() {}
}
