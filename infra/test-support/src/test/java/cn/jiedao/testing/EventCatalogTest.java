package cn.jiedao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.infra.ServiceList;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CloudEvents contracts in {@code docs/events} are whole and say what they mean: each schema file is a valid
 * JSON Schema 2020-12 whose {@code type} is the one the catalog files it under, every file is in the catalog, the
 * catalog's topics and types are those of the events table in docs/ARCHITECTURE.md, and the checks refuse what a
 * contract does not allow (so a passing check is not an empty one).
 */
class EventCatalogTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everySchemaIsValidAndFiledUnderItsOwnType() throws IOException {
        EventContracts.Catalog catalog = EventContracts.catalog();
        assertThat(catalog.typeTopics()).hasSizeGreaterThanOrEqualTo(15);
        Set<String> filed = new TreeSet<>();
        for (EventContracts.Topic topic : catalog.topics().values()) {
            assertThat(topic.name()).as("topic name").matches("[a-z]+\\.[a-z-]+");
            assertThat(topic.producer()).as(topic.name() + " producer").isNotBlank();
            assertThat(topic.consumers()).as(topic.name() + " consumers").isNotEmpty();
            for (Map.Entry<String, String> type : topic.types().entrySet()) {
                assertThat(type.getKey()).as("a type of " + topic.name())
                        .startsWith(topic.name().substring(0, topic.name().indexOf('.') + 1));
                Path file = EventContracts.directory().resolve(type.getValue());
                String text = Files.readString(file);
                assertThat(EventContracts.metaSchema().validate(text, InputFormat.JSON))
                        .as(file + " is a JSON Schema 2020-12").isEmpty();
                JsonNode schema = JSON.readTree(text);
                assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(schema.at("/properties/type/const").asString()).as(file + " type").isEqualTo(type.getKey());
                assertThat(schema.at("/properties/specversion/const").asString()).isEqualTo("1.0");
                assertThat(schema.at("/properties/data/type").asString()).as(file + " data").isEqualTo("object");
                assertThat(schema.at("/properties/data/required").size()).as(file + " data's required fields")
                        .isPositive();
                filed.add(type.getValue());
            }
        }
        try (Stream<Path> files = Files.list(EventContracts.directory())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".schema.json")))
                    .as("every schema file of docs/events is in catalog.json").containsExactlyInAnyOrderElementsOf(filed);
        }
    }

    @Test
    void theCatalogIsTheEventsTableOfTheArchitecture() throws IOException {
        String architecture = Files.readString(ServiceList.repository().resolve("docs/ARCHITECTURE.md"));
        String events = architecture.substring(architecture.indexOf("## Events"));
        events = events.substring(0, events.indexOf("\n## ", 3));
        Map<String, Set<String>> table = new TreeMap<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (String line : events.split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("| `") || cells.length < 5) {
                continue;
            }
            Matcher topic = code.matcher(cells[1]);
            assertThat(topic.find()).as(line).isTrue();
            Set<String> types = new TreeSet<>();
            Matcher type = code.matcher(cells[4]);
            String last = null;
            while (type.find()) {
                String t = type.group(1);
                if (!t.matches("\\.?[a-z][a-z-]*(\\.[a-z-]+)*")) {
                    continue; // a field named in the explanation, e.g. `disputeCaseNo`
                }
                if (t.startsWith(".") && last != null) {
                    t = last.substring(0, last.lastIndexOf('.')) + t; // `.concluded` after `mediation.dispute.registered`
                }
                types.add(t);
                last = t;
            }
            table.put(topic.group(1), types);
        }
        Map<String, Set<String>> catalog = new TreeMap<>();
        EventContracts.catalog().topics().values().forEach(t -> catalog.put(t.name(), new TreeSet<>(t.types().keySet())));
        assertThat(catalog).as("docs/events/catalog.json and the events table of docs/ARCHITECTURE.md").isEqualTo(table);
    }

    @Test
    void anEventOfEveryTypeIsRefusedWhenItBreaksTheEnvelopeOrItsData() {
        for (String type : EventContracts.catalog().typeTopics().keySet()) {
            ObjectNode event = JSON.createObjectNode();
            event.put("specversion", "1.0").put("id", "6b1c0d52-3a3c-4d0e-9d6e-0d6c1a8f1b11").put("type", type)
                    .put("source", "/tests").put("subject", "k").put("time", "2023-10-01T09:00:00+08:00")
                    .put("datacontenttype", "application/json");
            event.putObject("data");
            List<String> empty = EventContracts.violations(event.toString());
            assertThat(empty).as(type + " with empty data").isNotEmpty()
                    .anySatisfy(p -> assertThat(p).contains("required"));

            ObjectNode badTime = event.deepCopy();
            badTime.put("time", "2023-10-01 09:00");
            assertThat(EventContracts.violations(badTime.toString())).as(type + " with a time not RFC 3339")
                    .anySatisfy(p -> assertThat(p).contains("/time"));

            ObjectNode noData = event.deepCopy();
            noData.remove("data");
            assertThat(EventContracts.violations(noData.toString())).as(type + " without data")
                    .anySatisfy(p -> assertThat(p).contains("data"));
        }
        assertThat(EventContracts.violations("{\"specversion\":\"1.0\",\"type\":\"mediation.dispute.reopened\"}"))
                .containsExactly("type mediation.dispute.reopened has no schema in docs/events/catalog.json");
    }

    @Test
    void aFixtureOfAGovernedTypeKeepsItsContractOrSaysItDoesNot() {
        String data = """
                {"referralNo": "JQ-2023-0456", "policeStation": "八月湖派出所",
                 "referredAt": "2023-05-04T09:30:00+08:00", "summary": "楼上漏水引发纠纷"}""";
        assertThat(CloudEventFixture.of("police.dispute.referred").data(data).json()).contains("JQ-2023-0456");
        String noSummary = "{\"referralNo\": \"JQ-2023-0457\", \"policeStation\": \"八月湖派出所\", "
                + "\"referredAt\": \"2023-05-04T09:30:00+08:00\"}";
        assertThatThrownBy(() -> CloudEventFixture.of("police.dispute.referred").data(noSummary).json())
                .isInstanceOf(AssertionError.class).hasMessageContaining("summary");
        assertThat(CloudEventFixture.of("police.dispute.referred").data(noSummary).outsideContract().json())
                .contains("JQ-2023-0457");
        assertThatThrownBy(() -> CloudEventFixture.of("safety.case.reopened").json())
                .isInstanceOf(AssertionError.class).hasMessageContaining("no schema");
        assertThat(CloudEventFixture.of("test.probe.tallied").json()).as("a type no contract governs")
                .contains("test.probe.tallied");
    }

    @Test
    void publishedTypesAreReadFromTheConstantsOfTheEventsClasses() {
        assertThat(EventContracts.publishedInCode("probe", "cn.jiedao.testing.probe", true))
                .isEqualTo(Map.of("probe.thing-events", Set.of("probe.thing.made", "probe.thing.broken")));
        List<String> none = new ArrayList<>(EventContracts.publishedInCode("nothing", "cn.jiedao.testing.probe", true).keySet());
        assertThat(none).isEmpty();
    }
}
