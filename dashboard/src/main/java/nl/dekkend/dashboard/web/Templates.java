package nl.dekkend.dashboard.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.dekkend.dashboard.layout.Layout;

/** Renders the Pebble templates under {@code templates/} (autoescaping on) to HTML strings. */
public final class Templates {

    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .build();
    }

    /**
     * Renders {@code templates/<name>.peb}, e.g. {@code deelname/page}. A model without {@code site} (the shared
     * layout's navigation and notices) gets {@link Layout#EMPTY}.
     */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        Map<String, Object> full = new HashMap<>(model);
        full.putIfAbsent("site", Layout.EMPTY);
        try {
            engine.getTemplate(name).evaluate(out, full);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render template " + name, e);
        }
        return out.toString();
    }
}
