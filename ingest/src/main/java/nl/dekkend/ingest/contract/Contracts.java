package nl.dekkend.ingest.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All source contracts, read from {@code contracts/<bron>.yml} on the classpath. */
public final class Contracts {

    /** Every source of BRONNEN.md, in the order of that page. */
    public static final List<String> BRONNEN = List.of(
            "duo_leerlingen_swv",
            "duo_so_leeftijd",
            "duo_landelijk",
            "duo_leerlingen_gemeente",
            "duo_vestigingen_bo",
            "duo_leerlingen_vestiging",
            "scholen",
            "gebieden",
            "inschrijvingen",
            "tlv",
            "arrangementen",
            "voorzieningen",
            "thuiszitters",
            "inspectie_oordelen",
            "sop_ijkpunten",
            "financien",
            "reserves",
            "normbedragen",
            "prognoses",
            "quota");

    private final Map<String, Contract> byBron;

    private Contracts(Map<String, Contract> byBron) {
        this.byBron = byBron;
    }

    /** Reads every contract of {@link #BRONNEN}; fails on the first malformed file. */
    public static Contracts load() {
        ObjectMapper mapper = mapper();
        Map<String, Contract> out = new LinkedHashMap<>();
        for (String bron : BRONNEN) {
            String resource = "contracts/" + bron + ".yml";
            try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("contract resource missing: " + resource);
                }
                Contract c = mapper.readValue(in, Contract.class);
                if (!bron.equals(c.bron())) {
                    throw new IllegalStateException(resource + " declares bron '" + c.bron() + "'");
                }
                out.put(bron, c);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read contract " + resource + ": " + e.getMessage(), e);
            }
        }
        return new Contracts(out);
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
    }

    public Optional<Contract> get(String bron) {
        return Optional.ofNullable(byBron.get(bron));
    }

    public Contract require(String bron) {
        return get(bron).orElseThrow(() -> new IllegalArgumentException("unknown bron: " + bron));
    }

    public List<Contract> all() {
        return List.copyOf(byBron.values());
    }
}
