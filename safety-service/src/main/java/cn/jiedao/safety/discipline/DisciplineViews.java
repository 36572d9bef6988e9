package cn.jiedao.safety.discipline;

import cn.jiedao.eventing.records.StepEntry;
import cn.jiedao.kernel.validation.ResidentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of discipline supervision (作风建设). */
public final class DisciplineViews {

    /** The shape of a services-hub service point's code. */
    public static final String SERVICE_POINT_CODE = "[A-Z0-9][A-Z0-9-]{1,39}";

    /** How the inspectors of a check are stored: one text, names apart. */
    static final String INSPECTOR_SEPARATOR = ";";

    private DisciplineViews() {
    }

    public record HistoryEntry(String step, String from, String to, String actor, OffsetDateTime at, String note) {

        static HistoryEntry of(StepEntry e) {
            return new HistoryEntry(e.action, e.fromState, e.toState, e.actor, e.at, e.note);
        }

        static List<HistoryEntry> of(List<StepEntry> history) {
            return history == null ? null : history.stream().map(HistoryEntry::of).toList();
        }
    }

    // --- supervision checks (督查) ------------------------------------------------------------------------------

    public record Rectification(
            @NotBlank @Size(max = 2000) @Schema(example = "一周内完成窗口服务作风整改并书面报告") String required,
            @NotNull LocalDate deadline) {
    }

    public record RecordSupervisionCheck(
            @NotNull @PastOrPresent LocalDate checkedOn,
            @NotBlank @Size(max = 200) @Schema(example = "便民服务中心") String subject,
            @NotNull SupervisionSubjectKind subjectKind,
            @NotNull SupervisionCheckKind kind,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50)
                    @Pattern(regexp = "[^;]+", message = "must not contain ;") String> inspectors,
            @NotBlank @Size(max = 4000) @Schema(example = "窗口工作人员迟到早退") String findings,
            @Valid @Schema(description = "the rectification the check requires at once, if any") Rectification rectification) {
    }

    public record ReportRectification(@NotNull @PastOrPresent LocalDate rectifiedOn,
            @NotBlank @Size(max = 2000) @Schema(example = "已建立考勤通报制度") String note) {
    }

    public record Verification(@NotNull Boolean passed, @Size(max = 2000) String note) {
    }

    public record SupervisionCheckView(UUID id, LocalDate checkedOn, String subject, SupervisionSubjectKind subjectKind,
            SupervisionCheckKind kind, List<String> inspectors, String findings, SupervisionCheckStatus status,
            String rectificationRequired, LocalDate rectificationDeadline,
            @Schema(description = "rectification required and past its deadline") boolean overdue,
            String rectificationNote, LocalDate rectifiedOn, LocalDate verifiedOn, String verifiedBy,
            List<SupervisionCheckStep> allowedSteps, long version,
            @Schema(description = "on a single check: every step, oldest first") List<HistoryEntry> history) {

        public static SupervisionCheckView of(SupervisionCheck c, LocalDate today, List<StepEntry> history) {
            return new SupervisionCheckView(c.id, c.checkedOn, c.subject, c.subjectKind, c.kind,
                    Arrays.asList(c.inspectors.split(INSPECTOR_SEPARATOR)), c.findings, c.status,
                    c.rectificationRequired, c.rectificationDeadline, overdue(c, today), c.rectificationNote,
                    c.rectifiedOn, c.verifiedOn, c.verifiedBy, SupervisionCheck.LIFECYCLE.allowedFrom(c.status),
                    c.version, HistoryEntry.of(history));
        }

        static boolean overdue(SupervisionCheck c, LocalDate today) {
            return c.status == SupervisionCheckStatus.RECTIFICATION_REQUIRED && c.rectificationDeadline != null
                    && c.rectificationDeadline.isBefore(today);
        }
    }

    // --- accountability measures (问责处理) ---------------------------------------------------------------------

    public record Person(
            @NotBlank @Size(max = 50) @Schema(example = "张伟") String name,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖街道城市管理办公室") String unit,
            @ResidentId @Schema(description = "the same person is the same resident ID or, without one, the same name "
                    + "in the same unit", example = "340123199001011234") String residentId) {
    }

    public record RecordMeasure(
            @Valid @NotNull Person person,
            @NotNull DisciplineMeasure measure,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @NotBlank @Size(max = 2000) @Schema(example = "督查发现工作日脱岗") String reason,
            @Schema(description = "the supervision check it arose from") UUID supervisionCheckId,
            @Size(max = 100) @Schema(description = "the case it arose from", example = "八纪案〔2023〕3号")
            String caseReference,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖街道纪工委") String decidedBy) {
    }

    public record PersonView(
            @Schema(description = "masked (张*) unless a discipline officer states a purpose") String name,
            String unit,
            @Schema(description = "masked unless a discipline officer states a purpose") String residentId) {
    }

    public record MeasureView(UUID id, PersonView person, DisciplineMeasure measure, MeasureForm form,
            LocalDate decidedOn, String reason, UUID supervisionCheckId, String caseReference, String decidedBy,
            String recordedBy, boolean masked, long version) {
    }

    // --- recommendations (纪律检查建议书) -----------------------------------------------------------------------

    public record IssueRecommendation(
            @NotBlank @Size(max = 50) @Schema(example = "八纪建〔2023〕1号") String number,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖社区居委会") String unit,
            @NotNull @PastOrPresent LocalDate issuedOn,
            @NotBlank @Size(max = 4000) @Schema(example = "建议健全集体资产管理制度") String content,
            @NotNull LocalDate answerDueOn) {
    }

    public record AnswerRecommendation(@NotNull @PastOrPresent LocalDate answeredOn,
            @NotBlank @Size(max = 4000) @Schema(example = "已修订集体资产管理办法") String answer) {
    }

    public record RecommendationView(UUID id, String number, String unit, LocalDate issuedOn, String content,
            LocalDate answerDueOn, RecommendationStatus status,
            @Schema(description = "issued, not answered and past its answer due date") boolean overdue,
            String answer, LocalDate answeredOn, List<RecommendationStep> allowedSteps, long version,
            @Schema(description = "on a single recommendation: every step, oldest first") List<HistoryEntry> history) {

        public static RecommendationView of(Recommendation r, LocalDate today, List<StepEntry> history) {
            return new RecommendationView(r.id, r.number, r.unit, r.issuedOn, r.content, r.answerDueOn, r.status,
                    r.status == RecommendationStatus.ISSUED && r.answerDueOn.isBefore(today), r.answer, r.answeredOn,
                    Recommendation.LIFECYCLE.allowedFrom(r.status), r.version, HistoryEntry.of(history));
        }
    }

    // --- integrity culture (廉洁文化) -------------------------------------------------------------------------

    public record RecordIntegrityWork(@NotNull IntegrityWorkKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "清风竹韵") String title,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖社区书画社") String author,
            @NotNull @PastOrPresent LocalDate collectedOn) {
    }

    public record IntegrityWorkView(UUID id, IntegrityWorkKind kind, String title, String author,
            LocalDate collectedOn) {

        public static IntegrityWorkView of(IntegrityWork w) {
            return new IntegrityWorkView(w.id, w.kind, w.title, w.author, w.collectedOn);
        }
    }

    public record OpenReadingCorner(@NotBlank @Size(max = 200) @Schema(example = "八月湖城市书房勤廉书屋") String name,
            @NotNull @Pattern(regexp = SERVICE_POINT_CODE, message = "must be a service point's code: capital letters, "
                    + "digits and hyphens, 2 to 40") @Schema(description = "the services-hub service point it is in",
                    example = "SP-BYH-001") String servicePointCode,
            @NotNull @PastOrPresent LocalDate openedOn,
            @Min(0) @Max(1_000_000) Integer books) {
    }

    public record ReadingCornerView(UUID id, String name, String servicePointCode, LocalDate openedOn,
            Integer books) {

        public static ReadingCornerView of(ReadingCorner c) {
            return new ReadingCornerView(c.id, c.name, c.servicePointCode, c.openedOn, c.books);
        }
    }

    public record RecordStudyMeeting(@NotNull StudyMeetingKind kind, @NotNull @PastOrPresent LocalDate heldOn,
            @NotBlank @Size(max = 200) @Schema(example = "学习《中国共产党纪律处分条例》") String topic,
            @NotNull @Min(1) @Max(100_000) Integer attendance) {
    }

    public record StudyMeetingView(UUID id, StudyMeetingKind kind, LocalDate heldOn, String topic, int attendance) {

        public static StudyMeetingView of(StudyMeeting m) {
            return new StudyMeetingView(m.id, m.kind, m.heldOn, m.topic, m.attendance);
        }
    }

    // --- statistics -----------------------------------------------------------------------------------------

    public record Measures(long total,
            @Schema(description = "by measure code, every code of the list") Map<DisciplineMeasure, Long> byMeasure,
            @Schema(description = "by form of the four forms") Map<MeasureForm, Long> byForm) {
    }

    public record StudyMeetings(long total, Map<StudyMeetingKind, Long> byKind) {
    }

    public record IntegrityWorks(long total, Map<IntegrityWorkKind, Long> byKind) {
    }

    public record DisciplineFigures(LocalDate from, LocalDate to,
            @Schema(description = "supervision checks made in the period") long supervisionChecks,
            @Schema(description = "checks whose rectification is past its deadline now") long overdueRectifications,
            Measures measures,
            @Schema(description = "distinct persons concerned by the period's measures") long personsConcerned,
            @Schema(description = "recommendations issued in the period") long recommendations,
            IntegrityWorks integrityWorks,
            @Schema(description = "reading corners open at the end of the period") long readingCorners,
            StudyMeetings studyMeetings) {
    }
}
