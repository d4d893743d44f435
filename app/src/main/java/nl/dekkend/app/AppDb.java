package nl.dekkend.app;

import nl.dekkend.appdb.AppDatabase;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the app database a command works on: {@code --db URL}, else {@code DEKKEND_DB}, else the home's SQLite file. */
final class AppDb {

    private AppDb() {}

    static String url(CommandSpec spec, Home home) {
        String url = ((Main) spec.root().userObject()).db;
        return url == null || url.isBlank() ? AppDatabase.defaultUrl(home.dir()) : url.strip();
    }

    /** Opened and migrated; the caller closes it. */
    static AppDatabase open(CommandSpec spec, Home home) {
        return AppDatabase.open(url(spec, home));
    }
}
