package cn.jiedao.safety.discipline;

import static cn.jiedao.testing.Requests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's 2023 figures of section 一.6 (作风建设), recorded through the API and read back from the statistics.
 * The year 2023 of discipline supervision belongs to this test: the other tests record theirs in other years.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class DisciplineReportFiguresTest {

    static final String BASE = "/api/safety/discipline";

    /** The report's measures, in its order. */
    static final Map<String, Integer> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("REMINDER_TALK", 12);
        MEASURES.put("ADMONISHMENT", 1);
        MEASURES.put("LETTER_INQUIRY", 1);
        MEASURES.put("CIRCULATED_CRITICISM", 57);
        MEASURES.put("PRE_APPOINTMENT_TALK", 4);
        MEASURES.put("DUTY_TALK", 35);
        MEASURES.put("PARTY_ACCOUNTABILITY", 3);
        MEASURES.put("PARTY_WARNING", 2);
        MEASURES.put("EXPULSION", 1);
        MEASURES.put("HOME_VISIT", 12);
    }

    static String day(int i) {
        return LocalDate.of(2023, 1 + i % 12, 1 + i % 28).toString();
    }

    static void post(String path, Map<String, Object> body) {
        as("discipline-officer").contentType("application/json").body(body).post(BASE + path).then().statusCode(201);
    }

    @Test
    void theReportsFiguresOfDisciplineSupervisionComeBack() {
        String[] kinds = {"ROUTINE", "SPECIAL", "UNANNOUNCED"};
        for (int i = 0; i < 81; i++) {
            Map<String, Object> check = new HashMap<>(Map.of("checkedOn", day(i), "subject", "八月湖街道督查对象" + i,
                    "subjectKind", i % 2 == 0 ? "DEPARTMENT" : "COMMUNITY", "kind", kinds[i % 3],
                    "inspectors", List.of("纪工委王某", "纪工委李某"), "findings", "作风督查发现" + i));
            post("/supervision-checks", check);
        }
        // 128 measures about 100 persons: the measure i and i + 100 concern the same person, the first fifty by
        // resident ID, the others by name in the unit
        int i = 0;
        for (Map.Entry<String, Integer> measure : MEASURES.entrySet()) {
            for (int n = 0; n < measure.getValue(); n++, i++) {
                int person = i % 100;
                Map<String, Object> who = new HashMap<>(Map.of("name", "干部" + person, "unit", "八月湖街道单位" + person));
                if (person < 50) {
                    who.put("residentId", ResidentIdNumber.withCheckCharacter(
                            String.format("34012319800101%03d", person)));
                }
                post("/measures", Map.of("person", who, "measure", measure.getKey(), "decidedOn", day(i),
                        "reason", "作风问题", "decidedBy", "八月湖街道纪工委"));
            }
        }
        for (int r = 0; r < 9; r++) {
            post("/recommendations", Map.of("number", "八纪建〔2023〕" + (r + 1) + "号", "unit", "八月湖社区" + r,
                    "issuedOn", day(r), "content", "建议健全制度", "answerDueOn", "2023-12-31"));
        }
        String[] works = {"OBJECT", "ART_CREATION", "VIDEO"};
        for (int w = 0; w < 31; w++) {
            post("/integrity-works", Map.of("kind", works[w % 3], "title", "廉洁文化作品" + w, "author", "八月湖社区",
                    "collectedOn", day(w)));
        }
        Map<String, Integer> meetings = Map.of("THEORY", 15, "BUSINESS_EXCHANGE", 12, "DISCIPLINE_LECTURE", 2,
                "CASE_EXCHANGE", 2);
        int[] m = {0};
        meetings.forEach((kind, count) -> {
            for (int n = 0; n < count; n++) {
                post("/study-meetings", Map.of("kind", kind, "heldOn", day(m[0]++), "topic", "学习会", "attendance", 40));
            }
        });
        post("/reading-corners", Map.of("name", "八月湖城市书房勤廉书屋", "servicePointCode", "SP-BYH-2023-01",
                "openedOn", "2023-06-01", "books", 800));
        post("/reading-corners", Map.of("name", "八月湖邻里中心勤廉书屋", "servicePointCode", "SP-BYH-2023-02",
                "openedOn", "2023-09-01"));

        as("leader").get(BASE + "/statistics?from=2023-01-01&to=2023-12-31").then().statusCode(200)
                .body("supervisionChecks", equalTo(81))
                .body("measures.total", equalTo(128))
                .body("measures.byMeasure.REMINDER_TALK", equalTo(12))
                .body("measures.byMeasure.ADMONISHMENT", equalTo(1))
                .body("measures.byMeasure.LETTER_INQUIRY", equalTo(1))
                .body("measures.byMeasure.CIRCULATED_CRITICISM", equalTo(57))
                .body("measures.byMeasure.PRE_APPOINTMENT_TALK", equalTo(4))
                .body("measures.byMeasure.DUTY_TALK", equalTo(35))
                .body("measures.byMeasure.PARTY_ACCOUNTABILITY", equalTo(3))
                .body("measures.byMeasure.PARTY_WARNING", equalTo(2))
                .body("measures.byMeasure.EXPULSION", equalTo(1))
                .body("measures.byMeasure.HOME_VISIT", equalTo(12))
                .body("measures.byMeasure.TRANSFERRED_FOR_PROSECUTION", equalTo(0))
                .body("measures.byForm.FIRST", equalTo(125))
                .body("measures.byForm.SECOND", equalTo(2))
                .body("measures.byForm.THIRD", equalTo(1))
                .body("measures.byForm.FOURTH", equalTo(0))
                .body("personsConcerned", equalTo(100))
                .body("recommendations", equalTo(9))
                .body("integrityWorks.total", equalTo(31))
                .body("integrityWorks.byKind.OBJECT", equalTo(11))
                .body("readingCorners", equalTo(2))
                .body("studyMeetings.total", equalTo(31))
                .body("studyMeetings.byKind.THEORY", equalTo(15))
                .body("studyMeetings.byKind.BUSINESS_EXCHANGE", equalTo(12))
                .body("studyMeetings.byKind.DISCIPLINE_LECTURE", equalTo(2))
                .body("studyMeetings.byKind.CASE_EXCHANGE", equalTo(2))
                .body(not(containsString("干部")));
        // the figures are counts only: the county reads them, a leader reads no record
        as("county-system").get(BASE + "/statistics?from=2023-01-01&to=2023-12-31").then().statusCode(200)
                .body("measures.total", equalTo(128));
        as("leader").get(BASE + "/measures").then().statusCode(403);
        as("county-system").get(BASE + "/supervision-checks").then().statusCode(403);
        // a reading corner counts from the day it opened
        as("street-admin").get(BASE + "/statistics?from=2023-07-01&to=2023-12-31").then().statusCode(200)
                .body("readingCorners", equalTo(2));
        as("leader").get(BASE + "/statistics?from=2023-12-31&to=2023-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("leader").get(BASE + "/statistics?from=2023-01-01").then().statusCode(400);
        as("safety-officer").get(BASE + "/statistics?from=2023-01-01&to=2023-12-31").then().statusCode(403);
    }
}
