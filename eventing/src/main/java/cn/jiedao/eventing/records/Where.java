package cn.jiedao.eventing.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a list's filters as a Panache query: a condition is added only when its value is given,
 * so an endpoint's optional query parameters become one query without string assembly.
 *
 * <pre>{@code
 * Where where = Where.of().and("status = :status", "status", filter.status())
 *         .and("receivedAt >= :from", "from", from);
 * Dispute.find(where.query(), sort, where.parameters());
 * }</pre>
 * No condition at all is the empty query, which Panache reads as every row.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private Where() {
    }

    public static Where of() {
        return new Where();
    }

    /** Adds {@code condition} with its one named parameter, unless {@code value} is null. */
    public Where and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * {@code field} from {@code from} to {@code to}, both inclusive, each bound only when given: the dates or
     * instants of a list's period filter.
     */
    public Where within(String field, Object from, Object to) {
        String name = field.replace('.', '_');
        return and(field + " >= :" + name + "From", name + "From", from)
                .and(field + " <= :" + name + "To", name + "To", to);
    }

    /** Adds {@code condition} with its parameters when {@code applies}. */
    public Where andIf(boolean applies, String condition, Map<String, Object> conditionParameters) {
        if (applies) {
            conditions.add(condition);
            parameters.putAll(conditionParameters);
        }
        return this;
    }

    public String query() {
        return conditions.isEmpty() ? "" : "(" + String.join(") and (", conditions) + ")";
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
