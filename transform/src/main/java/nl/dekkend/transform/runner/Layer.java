package nl.dekkend.transform.runner;

/**
 * The model layers in run order. The layer, not the SQL, decides where a model's rows go besides the
 * session: marts and kpis are the gold layer (the star schema and the indicators), written as Delta tables
 * when the run writes gold; serving models are exported for the warehouse.
 */
public enum Layer {
    STAGING("staging", false),
    INTERMEDIATE("intermediate", false),
    MARTS("marts", true),
    KPIS("kpis", true),
    SERVING("serving", false);

    private final String folder;
    private final boolean gold;

    Layer(String folder, boolean gold) {
        this.folder = folder;
        this.gold = gold;
    }

    public String folder() {
        return folder;
    }

    public boolean gold() {
        return gold;
    }
}
