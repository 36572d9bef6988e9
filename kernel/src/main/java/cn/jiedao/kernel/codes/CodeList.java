package cn.jiedao.kernel.codes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One code list for a drop-down: an enum's codes, each with its Chinese label. The labels live in the
 * service's {@code codes.properties} (UTF-8), keyed {@code EnumName.CONSTANT}, and the list's own label
 * under {@code EnumName}; so the frontend never hard-codes Chinese text and a label changes without code.
 */
@Schema(name = "CodeList")
public record CodeList(
        @Schema(example = "disputeCategories") String name,
        @Schema(example = "诉求类别") String label,
        List<Code> codes) {

    public static final String BUNDLE = "codes";

    @Schema(name = "Code")
    public record Code(@Schema(example = "PROPERTY_MANAGEMENT") String code, @Schema(example = "物业类") String label) {
    }

    /** The code lists of one service keyed by name, as {@code GET /api/<area>/codes} serves them. */
    public static Map<String, CodeList> index(CodeList... lists) {
        Map<String, CodeList> byName = new LinkedHashMap<>();
        for (CodeList list : lists) {
            byName.put(list.name(), list);
        }
        return byName;
    }

    /** @throws MissingResourceException if a label is missing, so a forgotten label fails at start-up */
    public static <E extends Enum<E>> CodeList of(String name, Class<E> type) {
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE);
        return new CodeList(name, labels.getString(type.getSimpleName()),
                Arrays.stream(type.getEnumConstants()).map(e -> new Code(e.name(), label(labels, e))).toList());
    }

    /** The Chinese label of one code, e.g. 物业类 for DisputeCategory.PROPERTY_MANAGEMENT. */
    public static String label(Enum<?> code) {
        return label(ResourceBundle.getBundle(BUNDLE), code);
    }

    private static String label(ResourceBundle labels, Enum<?> code) {
        return labels.getString(code.getDeclaringClass().getSimpleName() + "." + code.name());
    }
}
