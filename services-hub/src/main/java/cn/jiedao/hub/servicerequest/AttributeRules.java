package cn.jiedao.hub.servicerequest;

import cn.jiedao.hub.servicerequest.ServiceRequestViews.AttributeDefinition;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.AttributeValue;
import cn.jiedao.kernel.problem.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed attributes of a service type, as Open311 defines them: a definition is well formed (codes unique, a
 * list type lists its values, only a list type has values), and a request's values match their datatypes
 * (string up to 500 characters, text up to 4000, a number, an ISO-8601 date or date-time, one or several of
 * the listed keys), every required one present and none unknown. A bad value is a 400 problem naming
 * {@code attributes.<code>}.
 */
public final class AttributeRules {

    static final int STRING_MAX = 500;
    static final int TEXT_MAX = 4000;

    private AttributeRules() {
    }

    public static void checkDefinitions(List<AttributeDefinition> definitions) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            AttributeDefinition d = definitions.get(i);
            String field = "attributes[" + i + "]";
            if (!codes.add(d.code())) {
                throw ProblemException.badRequest(field + ".code", "the code " + d.code() + " is defined twice");
            }
            boolean hasValues = d.values() != null && !d.values().isEmpty();
            if (d.datatype().isList() && !hasValues) {
                throw ProblemException.badRequest(field + ".values", "a " + d.datatype() + " lists its values");
            }
            if (!d.datatype().isList() && hasValues) {
                throw ProblemException.badRequest(field + ".values", "only a list datatype has values");
            }
            if (hasValues) {
                Set<String> keys = new HashSet<>();
                for (AttributeValue v : d.values()) {
                    if (!keys.add(v.key())) {
                        throw ProblemException.badRequest(field + ".values", "the key " + v.key() + " is listed twice");
                    }
                }
            }
        }
    }

    /** The values checked against the definitions, in the definitions' order. */
    public static Map<String, Object> check(List<AttributeDefinition> definitions, Map<String, Object> values) {
        Map<String, Object> given = values == null ? Map.of() : values;
        Map<String, Object> checked = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (AttributeDefinition d : definitions) {
            known.add(d.code());
            Object value = given.get(d.code());
            if (value == null || value instanceof String s && s.isBlank()) {
                if (d.required()) {
                    throw ProblemException.badRequest("attributes." + d.code(), "is required: " + d.description());
                }
                continue;
            }
            checked.put(d.code(), checkValue(d, value));
        }
        for (String code : given.keySet()) {
            if (!known.contains(code)) {
                throw ProblemException.badRequest("attributes." + code, "is not an attribute of this service type");
            }
        }
        return checked;
    }

    private static Object checkValue(AttributeDefinition d, Object value) {
        String field = "attributes." + d.code();
        switch (d.datatype()) {
            case STRING, TEXT -> {
                int max = d.datatype() == AttributeType.STRING ? STRING_MAX : TEXT_MAX;
                if (!(value instanceof String s) || s.length() > max) {
                    throw ProblemException.badRequest(field, "must be text of up to " + max + " characters");
                }
                return s;
            }
            case NUMBER -> {
                if (!(value instanceof Number)) {
                    throw ProblemException.badRequest(field, "must be a number");
                }
                return value;
            }
            case DATETIME -> {
                if (!(value instanceof String s) || !isDateOrDateTime(s)) {
                    throw ProblemException.badRequest(field, "must be an ISO-8601 date or date-time");
                }
                return s;
            }
            case SINGLE_VALUE_LIST -> {
                if (!(value instanceof String s) || !keys(d).contains(s)) {
                    throw ProblemException.badRequest(field, "must be one of " + keys(d));
                }
                return s;
            }
            case MULTI_VALUE_LIST -> {
                if (!(value instanceof Collection<?> list) || list.isEmpty()
                        || !list.stream().allMatch(v -> v instanceof String s && keys(d).contains(s))
                        || new HashSet<>(list).size() != list.size()) {
                    throw ProblemException.badRequest(field, "must be a list of distinct values of " + keys(d));
                }
                return List.copyOf(list);
            }
            default -> throw new IllegalStateException("datatype " + d.datatype());
        }
    }

    private static Set<String> keys(AttributeDefinition d) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        d.values().forEach(v -> keys.add(v.key()));
        return keys;
    }

    private static boolean isDateOrDateTime(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(s);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
