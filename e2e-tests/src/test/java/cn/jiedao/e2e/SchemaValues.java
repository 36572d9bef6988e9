package cn.jiedao.e2e;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Valid-looking values for a schema of a published document: enums from their lists, dates and UUIDs in
 * their formats, strings matching the few patterns the documents use, numbers within their bounds, objects
 * with every required property and some optional ones. Seeded, so a run can be replayed.
 */
final class SchemaValues {

    private final Random random;
    private final ApiOperations.Schemas schemas;
    private final Supplier<String> knownId;

    SchemaValues(Random random, ApiOperations.Schemas schemas, Supplier<String> knownId) {
        this.random = random;
        this.schemas = schemas;
        this.knownId = knownId;
    }

    Object sample(Schema<?> declared) {
        return sample(declared, 0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object sample(Schema<?> declared, int depth) {
        Schema<?> schema = schemas.resolve(declared);
        if (schema == null) {
            return "x";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        String type = schemas.type(declared);
        if (type == null) {
            type = "string";
        }
        switch (type) {
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                for (Map.Entry<String, Schema> property : properties.entrySet()) {
                    if (required.contains(property.getKey()) || (depth < 3 && random.nextInt(3) > 0)) {
                        object.put(property.getKey(), sample(property.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                List<Object> list = new ArrayList<>();
                int n = depth > 2 ? 1 : 1 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    list.add(sample(schema.getItems(), depth + 1));
                }
                return list;
            }
            case "integer": {
                long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
                long max = schema.getMaximum() == null ? Math.max(min, 100) : schema.getMaximum().longValue();
                if (min >= 2000 && max <= 2100) {
                    return 2021L; // a year (not 2023, the year DemoReportTest owns)
                }
                return min + (long) (random.nextDouble() * Math.min(max - min + 1, 1000));
            }
            case "number": {
                double min = schema.getMinimum() == null ? 0 : schema.getMinimum().doubleValue();
                double max = schema.getMaximum() == null ? min + 1000 : schema.getMaximum().doubleValue();
                return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(2, java.math.RoundingMode.DOWN);
            }
            case "boolean":
                return random.nextBoolean();
            default:
                return string(schema, declared);
        }
    }

    private String string(Schema<?> schema, Schema<?> declared) {
        String format = schema.getFormat() != null ? schema.getFormat() : declared.getFormat();
        if (format != null) {
            switch (format) {
                case "uuid":
                    return random.nextInt(3) > 0 ? knownId.get() : UUID.randomUUID().toString();
                case "date":
                    return LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365)).toString();
                case "date-time":
                    return "2021-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28)) + "T09:30:00+08:00";
                case "local-time":
                    return two(random.nextInt(24)) + ":" + two(random.nextInt(60)) + ":00";
                case "binary":
                    return "creditCode,name\n91360121MA35XXXX0X,测试单位\n";
                case "uri":
                    return "https://example.org/files/" + random.nextInt(1000);
                default:
                    break;
            }
        }
        List<?> examples = schema.getExamples() != null ? schema.getExamples() : declared.getExamples();
        if (examples == null && schema.getExample() != null) {
            examples = List.of(schema.getExample());
        }
        String pattern = schema.getPattern() != null ? schema.getPattern() : declared.getPattern();
        if (examples != null && !examples.isEmpty() && random.nextInt(4) > 0) {
            return exampleText(examples.get(random.nextInt(examples.size())));
        }
        if (pattern != null && !pattern.equals("\\S")) {
            return Patterns.sample(pattern, random);
        }
        Integer max = schema.getMaxLength();
        String text = TEXTS[random.nextInt(TEXTS.length)];
        return max != null && text.length() > max ? text.substring(0, Math.max(1, max)) : text;
    }

    /** An example as its text: the parser hands 3.1 examples over as JSON nodes. */
    private static String exampleText(Object example) {
        if (example instanceof com.fasterxml.jackson.databind.JsonNode node) {
            return node.isTextual() ? node.asText() : node.toString();
        }
        String text = String.valueOf(example);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static final String[] TEXTS = {"幸福时光小区3栋", "楼顶违章搭建", "测试记录", "八月湖街道", "检查结果良好",
        "Room 101", "张三", "wang.wu"};

    /** Strings matching the handful of regular-expression forms the documents use. */
    static final class Patterns {

        private Patterns() {
        }

        static String sample(String pattern, Random random) {
            List<String> alternatives = topLevelAlternatives(pattern);
            String chosen = alternatives.get(random.nextInt(alternatives.size()));
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < chosen.length()) {
                String unit;
                char c = chosen.charAt(i);
                if (c == '\\' && i + 1 < chosen.length()) {
                    unit = chosen.substring(i, i + 2);
                    i += 2;
                } else if (c == '[') {
                    int end = chosen.indexOf(']', i + 1);
                    unit = chosen.substring(i, end + 1);
                    i = end + 1;
                } else if (c == '(') {
                    int end = chosen.indexOf(')', i);
                    unit = chosen.substring(i, end + 1);
                    i = end + 1;
                } else {
                    unit = String.valueOf(c);
                    i++;
                }
                int min = 1;
                int max = 1;
                if (i < chosen.length()) {
                    char q = chosen.charAt(i);
                    if (q == '{') {
                        int end = chosen.indexOf('}', i);
                        String[] bounds = chosen.substring(i + 1, end).split(",");
                        min = Integer.parseInt(bounds[0]);
                        max = bounds.length > 1 ? Integer.parseInt(bounds[1]) : min;
                        i = end + 1;
                    } else if (q == '*') {
                        min = 0;
                        max = 5;
                        i++;
                    } else if (q == '+') {
                        max = 5;
                        i++;
                    } else if (q == '?') {
                        min = 0;
                        i++;
                    }
                }
                int n = min + random.nextInt(max - min + 1);
                for (int k = 0; k < n; k++) {
                    out.append(one(unit, random));
                }
            }
            return out.toString();
        }

        private static String one(String unit, Random random) {
            if (unit.equals("\\d")) {
                return Integer.toString(random.nextInt(10));
            }
            if (unit.equals("\\S")) {
                return "x";
            }
            if (unit.startsWith("(")) {
                return sample(unit.substring(1, unit.length() - 1), random);
            }
            if (unit.startsWith("[")) {
                String set = unit.substring(1, unit.length() - 1);
                if (set.startsWith("^")) {
                    return "a";
                }
                List<Character> chars = new ArrayList<>();
                for (int i = 0; i < set.length(); i++) {
                    if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                        for (char c = set.charAt(i); c <= set.charAt(i + 2); c++) {
                            chars.add(c);
                        }
                        i += 2;
                    } else {
                        chars.add(set.charAt(i));
                    }
                }
                return String.valueOf(chars.get(random.nextInt(chars.size())));
            }
            return unit.startsWith("\\") ? unit.substring(1) : unit;
        }

        private static List<String> topLevelAlternatives(String pattern) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    parts.add(pattern.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(pattern.substring(start));
            return parts;
        }
    }
}
