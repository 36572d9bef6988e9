package cn.jiedao.kernel.codes;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One code list for a drop-down: its name and each code with its Chinese label, in declaration order. */
@Schema(name = "CodeList")
public record CodeList(
        @Schema(example = "disputeCategories") String name,
        @Schema(example = "矛盾纠纷类别") String label,
        List<Code> codes) {

    @Schema(name = "Code")
    public record Code(@Schema(example = "PROPERTY_MANAGEMENT") String code, @Schema(example = "物业类") String label) {
    }

    public static <E extends Enum<E> & CodeLabel> CodeList of(String name, String label, Class<E> type) {
        return new CodeList(name, label,
                Arrays.stream(type.getEnumConstants()).map(e -> new Code(e.name(), e.label())).toList());
    }
}
