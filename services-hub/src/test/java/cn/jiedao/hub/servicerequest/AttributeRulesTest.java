package cn.jiedao.hub.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.hub.servicerequest.ServiceRequestViews.AttributeDefinition;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.AttributeValue;
import cn.jiedao.kernel.problem.ProblemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeRulesTest {

    static final List<AttributeValue> KINDS = List.of(new AttributeValue("FIRST_TIME", "首次申领"),
            new AttributeValue("RENEWAL", "续领"));
    static final List<AttributeDefinition> DEFINITIONS = List.of(
            new AttributeDefinition("applicationKind", AttributeType.SINGLE_VALUE_LIST, true, "申领类型", KINDS),
            new AttributeDefinition("age", AttributeType.NUMBER, true, "年龄", null),
            new AttributeDefinition("materials", AttributeType.MULTI_VALUE_LIST, false, "材料", KINDS),
            new AttributeDefinition("appointment", AttributeType.DATETIME, false, "预约时间", null),
            new AttributeDefinition("remark", AttributeType.STRING, false, "备注", null));

    static String fieldOf(Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            return e.toProblem().errors().get(0).field();
        }
        throw new AssertionError("no problem");
    }

    @Test
    void valuesMatchingTheirDatatypesPassInTheDefinitionsOrder() {
        Map<String, Object> values = new HashMap<>(Map.of("age", 82, "applicationKind", "RENEWAL",
                "materials", List.of("FIRST_TIME"), "appointment", "2025-03-04T09:00:00+08:00"));
        assertThat(AttributeRules.check(DEFINITIONS, values).keySet())
                .containsExactly("applicationKind", "age", "materials", "appointment");
        assertThat(AttributeRules.check(DEFINITIONS, Map.of("age", 80, "applicationKind", "FIRST_TIME",
                "appointment", "2025-03-04"))).containsEntry("appointment", "2025-03-04");
    }

    @Test
    void aMissingRequiredAnUnknownOrAMistypedValueIsAProblemNamingTheAttribute() {
        assertThatThrownBy(() -> AttributeRules.check(DEFINITIONS, Map.of("age", 80)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("申领类型");
        assertThat(fieldOf(() -> AttributeRules.check(DEFINITIONS, Map.of("age", 80))))
                .isEqualTo("attributes.applicationKind");
        assertThat(fieldOf(() -> AttributeRules.check(DEFINITIONS, Map.of("age", "八十", "applicationKind", "RENEWAL"))))
                .isEqualTo("attributes.age");
        assertThat(fieldOf(() -> AttributeRules.check(DEFINITIONS, Map.of("age", 80, "applicationKind", "LOST"))))
                .isEqualTo("attributes.applicationKind");
        assertThat(fieldOf(() -> AttributeRules.check(DEFINITIONS, Map.of("age", 80, "applicationKind", "RENEWAL",
                "materials", List.of("RENEWAL", "RENEWAL"))))).isEqualTo("attributes.materials");
        assertThat(fieldOf(() -> AttributeRules.check(DEFINITIONS, Map.of("age", 80, "applicationKind", "RENEWAL",
                "appointment", "next Tuesday")))).isEqualTo("attributes.appointment");
        assertThat(fieldOf(() -> AttributeRules.check(DEFINITIONS, Map.of("age", 80, "applicationKind", "RENEWAL",
                "remark", "x".repeat(501))))).isEqualTo("attributes.remark");
        assertThat(fieldOf(() -> AttributeRules.check(DEFINITIONS, Map.of("age", 80, "applicationKind", "RENEWAL",
                "colour", "red")))).isEqualTo("attributes.colour");
    }

    @Test
    void aDefinitionListsValuesForAListTypeOnlyAndEachCodeOnce() {
        assertThat(fieldOf(() -> AttributeRules.checkDefinitions(List.of(
                new AttributeDefinition("kind", AttributeType.SINGLE_VALUE_LIST, true, "类型", List.of())))))
                .isEqualTo("attributes[0].values");
        assertThat(fieldOf(() -> AttributeRules.checkDefinitions(List.of(
                new AttributeDefinition("age", AttributeType.NUMBER, true, "年龄", KINDS)))))
                .isEqualTo("attributes[0].values");
        assertThat(fieldOf(() -> AttributeRules.checkDefinitions(List.of(
                new AttributeDefinition("age", AttributeType.NUMBER, true, "年龄", null),
                new AttributeDefinition("age", AttributeType.STRING, false, "年龄", null)))))
                .isEqualTo("attributes[1].code");
        AttributeRules.checkDefinitions(DEFINITIONS);
    }
}
