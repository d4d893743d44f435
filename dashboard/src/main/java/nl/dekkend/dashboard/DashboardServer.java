package nl.dekkend.dashboard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.web.StaticAssets;
import nl.dekkend.dashboard.web.Templates;

/**
 * The dashboard: a Javalin app that reads the current publication ({@code warehouseDir/current.duckdb})
 * read-only and picks up a new publication without a restart.
 */
public final class DashboardServer {

    public static final int DEFAULT_PORT = 7070;

    private DashboardServer() {}

    /** The app, not started; the serving database is closed when the server stops. */
    public static Javalin create(DashboardConfig config) {
        ServingDatabase database = new ServingDatabase(config.currentLink());
        Templates templates = new Templates();
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(objectMapper(), false));
            StaticAssets.register(javalin.staticFiles);
            Routes.register(javalin.routes, config, database, templates);
            javalin.events.serverStopped(database::close);
        });
    }

    /** Starts on the given host and port (port 0 picks a free one). */
    public static Javalin start(DashboardConfig config, String host, int port) {
        return create(config).start(host, port);
    }

    private static ObjectMapper objectMapper() {
        return new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
