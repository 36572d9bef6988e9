package cn.jiedao.eventing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the CloudEvents 1.0 JSON envelope; a message that is not one is an {@link InvalidEventException}. */
@ApplicationScoped
public class CloudEvents {

    private final ObjectMapper mapper;

    @Inject
    public CloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty message: a CloudEvents 1.0 JSON object is expected");
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidEventException("not a JSON object: a CloudEvents 1.0 JSON object is expected");
        }
        List<String> problems = new ArrayList<>();
        String specversion = text(node, "specversion", problems);
        if (specversion != null && !CloudEvent.SPEC_VERSION.equals(specversion)) {
            problems.add("specversion must be 1.0, got " + specversion);
        }
        String id = text(node, "id", problems);
        String type = text(node, "type", problems);
        String source = text(node, "source", problems);
        OffsetDateTime time = null;
        if (node.hasNonNull("time")) {
            try {
                time = OffsetDateTime.parse(node.get("time").asText());
            } catch (DateTimeParseException e) {
                problems.add("time is not an RFC 3339 timestamp: " + node.get("time").asText());
            }
        }
        JsonNode data = node.get("data");
        if (data == null || data.isNull()) {
            problems.add("data is missing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException("not a valid CloudEvent: " + String.join("; ", problems));
        }
        return new CloudEvent(specversion, id, type, source, time,
                node.hasNonNull("subject") ? node.get("subject").asText() : null,
                node.hasNonNull("datacontenttype") ? node.get("datacontenttype").asText() : null, data);
    }

    /** Reads the event's data as the given type; a mismatch is an {@link InvalidEventException} naming the field. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("data of " + event.type() + " " + event.id() + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CloudEvent cannot be written as JSON", e);
        }
    }

    public JsonNode toTree(Object data) {
        return mapper.valueToTree(data);
    }

    private static String text(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            problems.add(field + " is missing");
            return null;
        }
        return value.asText();
    }
}
