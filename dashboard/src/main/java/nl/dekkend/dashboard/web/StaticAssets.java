package nl.dekkend.dashboard.web;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Our CSS and JS under {@code /static}, and ECharts from its jar ({@code org.mvnpm:echarts}) on the classpath at
 * {@code /static/vendor/echarts/echarts.min.js} (never a CDN). The WebJar jar holds no directory entries, so
 * Javalin's static-file handler cannot mount its folder; the one file is streamed by a route instead.
 */
public final class StaticAssets {

    public static final String ECHARTS_PATH = "/static/vendor/echarts/echarts.min.js";
    private static final String ECHARTS_POM = "META-INF/maven/org.mvnpm/echarts/pom.properties";

    private final String echartsResource;

    public StaticAssets() {
        this.echartsResource = "META-INF/resources/_static/echarts/" + echartsVersion() + "/dist/echarts.min.js";
    }

    public static void register(StaticFilesConfig staticFiles) {
        staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
        });
    }

    /** {@code GET /static/vendor/echarts/echarts.min.js}. */
    public void echarts(Context ctx) {
        InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(echartsResource);
        if (in == null) {
            throw new NotFoundResponse();
        }
        ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400")
                .result(in);
    }

    static String echartsVersion() {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(ECHARTS_POM)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The ECharts jar (org.mvnpm:echarts) is not on the classpath (" + ECHARTS_POM + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ECHARTS_POM, e);
        }
    }
}
