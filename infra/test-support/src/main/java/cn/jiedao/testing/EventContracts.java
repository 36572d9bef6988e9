package cn.jiedao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.infra.ServiceList;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published CloudEvents contracts in {@code docs/events}: {@code catalog.json} (topic → producer, consumers,
 * types → schema file) and one JSON Schema (draft 2020-12) per type, validated with networknt's
 * json-schema-validator with format assertions on (uuid, date, date-time are checked, not only annotated).
 * <ul>
 * <li>{@link #violations(String)} / {@link #assertValid(String)}: an event as it goes on the wire against the
 * schema of its type; the services' tests call it for every event their outbox appends, and
 * {@link CloudEventFixture} for every event a consumer test sends.</li>
 * <li>{@link #assertCatalogMatchesCode}: the types a service's code publishes and the topics it reads are the
 * catalog's, read from the code by reflection and from its {@code application.properties}.</li>
 * </ul>
 */
public final class EventContracts {

    /** The producers whose types the catalog must know: an event of another prefix (a test probe) is not checked. */
    public static final Set<String> PRODUCERS = Set.of("economy", "mediation", "safety", "hub", "police");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static volatile Catalog catalog;

    private EventContracts() {
    }

    /** One topic of the catalog. */
    public record Topic(String name, String producer, List<String> consumers, Map<String, String> types) {
    }

    /** The catalog, topic by topic. */
    public record Catalog(Map<String, Topic> topics) {

        /** Type → topic. */
        public Map<String, String> typeTopics() {
            Map<String, String> types = new LinkedHashMap<>();
            topics.values().forEach(t -> t.types().keySet().forEach(type -> types.put(type, t.name())));
            return types;
        }
    }

    public static Path directory() {
        return ServiceList.repository().resolve("docs/events");
    }

    public static Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            JsonNode root = JSON.readTree(read(directory().resolve("catalog.json")));
            Map<String, Topic> topics = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> t : root.get("topics").properties()) {
                List<String> consumers = new ArrayList<>();
                t.getValue().get("consumers").forEach(n -> consumers.add(n.asString()));
                Map<String, String> types = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> type : t.getValue().get("types").properties()) {
                    types.put(type.getKey(), type.getValue().asString());
                }
                topics.put(t.getKey(), new Topic(t.getKey(), t.getValue().get("producer").asString(),
                        List.copyOf(consumers), Collections.unmodifiableMap(types)));
            }
            c = catalog = new Catalog(Collections.unmodifiableMap(topics));
        }
        return c;
    }

    /** The schema of a type the catalog names, or null. */
    public static Schema schema(String type) {
        String topic = catalog().typeTopics().get(type);
        if (topic == null) {
            return null;
        }
        return SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(
                read(directory().resolve(catalog().topics().get(topic).types().get(t))), InputFormat.JSON));
    }

    /** The JSON Schema 2020-12 meta-schema, for checking the schema files themselves. */
    public static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    /**
     * What is wrong with an event (CloudEvents structured JSON) by the contract of its type: empty when it
     * keeps it; an event of a known producer whose type the catalog lacks is a violation too.
     */
    public static List<String> violations(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (RuntimeException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        JsonNode typeNode = event == null ? null : event.get("type");
        if (typeNode == null || !typeNode.isString()) {
            return List.of("no type: " + eventJson);
        }
        String type = typeNode.asString();
        Schema schema = schema(type);
        if (schema == null) {
            return List.of("type " + type + " has no schema in docs/events/catalog.json");
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(eventJson, InputFormat.JSON)) {
            problems.add(type + " " + error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    /** Whether the contracts speak of this type: its producer is one of {@link #PRODUCERS}. */
    public static boolean governs(String type) {
        int dot = type == null ? -1 : type.indexOf('.');
        return dot > 0 && PRODUCERS.contains(type.substring(0, dot));
    }

    /** Fails with every violation when the event breaks the contract of its type. */
    public static void assertValid(String eventJson) {
        List<String> problems = violations(eventJson);
        if (!problems.isEmpty()) {
            throw new AssertionError("the event breaks its contract in docs/events: " + String.join("; ", problems)
                    + "\n" + eventJson);
        }
    }

    /**
     * An event a service's outbox appends: it keeps the contract of its type, and goes to the topic the catalog
     * names for the type. The services' tests call it from an {@code @Observes OutboxEvent} observer, so an event
     * that breaks its contract fails the change (and the test) that published it.
     */
    public static void assertPublished(String topic, String eventJson) {
        assertValid(eventJson);
        String type = JSON.readTree(eventJson).get("type").asString();
        String expected = catalog().typeTopics().get(type);
        if (!topic.equals(expected)) {
            throw new AssertionError("the event " + type + " went to " + topic + ", its contract names " + expected);
        }
    }

    /**
     * The types a service publishes are the catalog's types of the topics it produces, and the topics it reads
     * are those the catalog lists it as a consumer of.
     * <ul>
     * <li>Published: every class under {@code basePackage} that declares a {@code public static final String
     * TOPIC} of the area ({@code <area>.…}) is the topic's events class; its other public string constants of
     * the area are its types.</li>
     * <li>Read: the {@code mp.messaging.incoming.*.topic} entries of the service's application.properties
     * (dead-letter topics aside).</li>
     * </ul>
     *
     * @param service     the catalog's name of the service, e.g. {@code mediation-service}
     * @param area        its area, the prefix of its topics and types, e.g. {@code mediation}
     * @param basePackage its classes, e.g. {@code cn.jiedao.mediation}
     */
    public static void assertCatalogMatchesCode(String service, String area, String basePackage) {
        Map<String, Set<String>> published = publishedInCode(area, basePackage, false);
        assertThat(published).as("the %s classes of %s declare the topics and types they publish", basePackage,
                service).isNotEmpty();
        Map<String, Set<String>> inCatalog = new LinkedHashMap<>();
        Set<String> consumed = new TreeSet<>();
        for (Topic t : catalog().topics().values()) {
            if (t.producer().equals(service)) {
                inCatalog.put(t.name(), new TreeSet<>(t.types().keySet()));
            }
            if (t.consumers().contains(service)) {
                consumed.add(t.name());
            }
        }
        assertThat(inCatalog).as("docs/events/catalog.json: the topics and types %s publishes (from its code: a type"
                + " without a schema, or a schema of a type no code publishes)", service).isEqualTo(published);
        assertThat(consumedInConfiguration()).as("docs/events/catalog.json: the topics %s reads (from its "
                + "mp.messaging.incoming.*.topic)", service).isEqualTo(consumed);
    }

    static Map<String, Set<String>> publishedInCode(String area, String basePackage, boolean withTests) {
        Map<String, Set<String>> published = new java.util.TreeMap<>();
        for (Class<?> type : classes(basePackage, withTests)) {
            Field topicField;
            try {
                topicField = type.getDeclaredField("TOPIC");
            } catch (NoSuchFieldException e) {
                continue;
            }
            String topic = constant(topicField);
            if (topic == null || !topic.startsWith(area + ".")) {
                continue;
            }
            Set<String> types = published.computeIfAbsent(topic, t -> new TreeSet<>());
            for (Field f : type.getDeclaredFields()) {
                String value = constant(f);
                if (value != null && !f.getName().equals("TOPIC") && value.startsWith(area + ".")
                        && value.chars().filter(ch -> ch == '.').count() == 2) {
                    types.add(value);
                }
            }
        }
        return published;
    }

    private static Set<String> consumedInConfiguration() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            assertThat(in).as("the service's application.properties").isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> topics = new TreeSet<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")
                    && !properties.getProperty(name).endsWith(".dlq")) {
                topics.add(properties.getProperty(name).trim());
            }
        }
        return topics;
    }

    private static String constant(Field f) {
        int m = f.getModifiers();
        if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || !Modifier.isPublic(m) || f.getType() != String.class) {
            return null;
        }
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static List<Class<?>> classes(String basePackage, boolean withTests) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String path = basePackage.replace('.', '/');
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(path))) {
                if (!"file".equals(url.getProtocol())) {
                    continue;
                }
                Path root = Path.of(url.toURI());
                if (!withTests && root.toString().contains("test-classes")) {
                    continue; // the service's own classes, not its tests'
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                        String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                        String name = basePackage + "." + relative.substring(0, relative.length() - ".class".length());
                        try {
                            classes.add(Class.forName(name, false, loader));
                        } catch (ClassNotFoundException | LinkageError e) {
                            // a class that cannot load declares no constants we could read
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
