package nl.dekkend.transform.runner;

/**
 * The model layers in run order. The layer, not the SQL, decides how a model is materialised: staging
 * and intermediate models are temporary views; marts, kpis and serving models are Delta tables written
 * as a full overwrite; serving models are also exported for the warehouse.
 */
public enum Layer {
    STAGING("staging", false),
    INTERMEDIATE("intermediate", false),
    MARTS("marts", true),
    KPIS("kpis", true),
    SERVING("serving", true);

    private final String folder;
    private final boolean persisted;

    Layer(String folder, boolean persisted) {
        this.folder = folder;
        this.persisted = persisted;
    }

    public String folder() {
        return folder;
    }

    public boolean persisted() {
        return persisted;
    }
}
