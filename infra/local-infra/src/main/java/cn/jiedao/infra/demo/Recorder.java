package cn.jiedao.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Records a kind's records so that running again adds nothing: the three ways the API allows.
 * <ul>
 * <li>{@link #unique}: the service refuses a second record of the same natural key (credit code, resident ID,
 * number, name) with 409, which counts as already there;</li>
 * <li>{@link #keyed}: the list of the kind is read first and a record whose key field is on it is not sent;</li>
 * <li>{@link #counted}: the records of a kind in a period are a numbered series; the list's {@code total} over
 * the same filter says how many of them are there, and only the rest is sent.</li>
 * </ul>
 * Each prints one progress line: the kind, how many it recorded and how many were there already.
 */
final class Recorder {

    private final PrintStream out;
    private final long started = System.nanoTime();

    Recorder(PrintStream out) {
        this.out = out;
    }

    void report(String kind, Staff staff, int recorded, int there) {
        out.printf("%4d s  %-46s %5d recorded, %5d already there  (%s)%n",
                (System.nanoTime() - started) / 1_000_000_000L, kind, recorded, there, staff.subject);
        out.flush();
    }

    /** POSTs each body; 201 is new, 409 (the natural key is taken) is already there. */
    void unique(String kind, Staff staff, String path, List<Map<String, Object>> bodies) {
        int recorded = 0;
        for (Map<String, Object> body : bodies) {
            if (staff.send("POST", path, body, Map.of(), Set.of(201, 409)).status() == 201) {
                recorded++;
            }
        }
        report(kind, staff, recorded, bodies.size() - recorded);
    }

    /**
     * Reads every record of {@code listPath} (all pages), POSTs the bodies whose {@code key} is not among them
     * and answers key → id of them all.
     */
    Map<String, String> keyed(String kind, Staff staff, String listPath, String key, String path,
            List<Map<String, Object>> bodies) {
        return keyed(kind, staff, listPath, item -> item.path(key).asText(), b -> String.valueOf(b.get(key)), path,
                bodies);
    }

    Map<String, String> keyed(String kind, Staff staff, String listPath, Function<JsonNode, String> itemKey,
            Function<Map<String, Object>, String> bodyKey, String path, List<Map<String, Object>> bodies) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode item : all(staff, listPath)) {
            ids.putIfAbsent(itemKey.apply(item), item.path("id").asText());
        }
        int recorded = 0;
        for (Map<String, Object> body : bodies) {
            String k = bodyKey.apply(body);
            if (!ids.containsKey(k)) {
                JsonNode created = staff.send("POST", path, body, Map.of(), Set.of(201)).body();
                ids.put(k, created.path("id").asText());
                recorded++;
            }
        }
        report(kind, staff, recorded, bodies.size() - recorded);
        return ids;
    }

    /** The records {@code countPath} counts ({@code total}) are the first of {@code bodies}; POSTs the rest. */
    void counted(String kind, Staff staff, String countPath, String path, List<Map<String, Object>> bodies) {
        int there = (int) Math.min(bodies.size(), total(staff, countPath));
        for (Map<String, Object> body : bodies.subList(there, bodies.size())) {
            staff.send("POST", path, body, Map.of(), Set.of(201));
        }
        report(kind, staff, bodies.size() - there, there);
    }

    static long total(Staff staff, String listPath) {
        return staff.get(listPath + (listPath.contains("?") ? "&" : "?") + "page=0&size=1").path("total").asLong();
    }

    /** Every item of a paged list. */
    static List<JsonNode> all(Staff staff, String listPath) {
        List<JsonNode> items = new java.util.ArrayList<>();
        String sep = listPath.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = staff.get(listPath + sep + "page=" + page + "&size=200");
            answer.path("items").forEach(items::add);
            if (answer.path("items").size() < 200 || items.size() >= answer.path("total").asLong()) {
                return items;
            }
        }
    }
}
