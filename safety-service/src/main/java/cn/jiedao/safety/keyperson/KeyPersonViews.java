package cn.jiedao.safety.keyperson;

import cn.jiedao.eventing.records.StepEntry;
import cn.jiedao.kernel.time.AfterTheFact;
import cn.jiedao.kernel.validation.PhoneNumber;
import cn.jiedao.kernel.validation.ResidentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of key persons. */
public final class KeyPersonViews {

    /** A grid code (网格编码): 15 digits. */
    public static final String GRID_CODE = "\\d{15}";

    public static final String GRID_CODE_MESSAGE = "must be the 15-digit grid code";

    private KeyPersonViews() {
    }

    /** 监护人 of a patient with a severe mental disorder. */
    public record Guardian(
            @NotBlank @Size(max = 50) @Schema(example = "李秀英") String name,
            @NotBlank @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE)
            @Schema(example = "13900002222") String phone,
            @NotBlank @Size(max = 50) @Schema(example = "母亲") String relation) {
    }

    /** 矫正期限 of a person under community correction. */
    public record Term(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /**
     * A key person as registered or changed. The guardian applies to {@code SEVERE_MENTAL_DISORDER}, the term and
     * supervision level to {@code COMMUNITY_CORRECTION}, the control status to {@code DRUG_USER}: required there,
     * refused elsewhere.
     */
    public record RegisterKeyPerson(
            @NotNull KeyPersonCategory category,
            @NotBlank @Size(max = 50) @Schema(example = "张三") String name,
            @NotBlank @ResidentId @Schema(example = "340123199001011234") String residentId,
            @NotBlank @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE)
            @Schema(example = "13800001111") String phone,
            @NotBlank @Size(max = 200) @Schema(example = "八月湖路12号3栋201室") String address,
            @NotBlank @Pattern(regexp = GRID_CODE, message = GRID_CODE_MESSAGE)
            @Schema(example = "340123001001001") String gridCode,
            @NotNull RiskLevel riskLevel,
            @NotBlank @Size(max = 100) @Schema(description = "包案人", example = "王警官") String responsibleOfficer,
            @Valid Guardian guardian,
            @Valid Term term,
            SupervisionLevel supervisionLevel,
            DrugControlStatus controlStatus,
            @Schema(description = "Entered after the fact: the day the person came under supervision (street time), "
                    + "not after today; the registry counts them from it. Omit for today; set at registration only "
                    + "(a change may repeat it, not move it).", example = "2023-02-14")
            LocalDate registeredOn) {

        /** The request without {@code registeredOn}: registered today. */
        public RegisterKeyPerson(KeyPersonCategory category, String name, String residentId, String phone,
                String address, String gridCode, RiskLevel riskLevel, String responsibleOfficer, Guardian guardian,
                Term term, SupervisionLevel supervisionLevel, DrugControlStatus controlStatus) {
            this(category, name, residentId, phone, address, gridCode, riskLevel, responsibleOfficer, guardian, term,
                    supervisionLevel, controlStatus, null);
        }
    }

    public record RecordVisit(
            @NotNull LocalDate visitedOn,
            @NotBlank @Size(max = 100) @Schema(example = "网格员小李") String officer,
            @NotNull VisitKind kind,
            @NotBlank @Size(max = 2000) @Schema(example = "情绪稳定，按时服药") String finding) {
    }

    public record CloseSupervision(@NotNull ClosureReason reason, @Size(max = 500) String note,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-09-30") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {

        public CloseSupervision(ClosureReason reason, String note) {
            this(reason, note, null, null);
        }
    }

    public record Search(@NotBlank @ResidentId @Schema(example = "340123199001011234") String residentId) {
    }

    public record HistoryEntry(String step, String from, String to, String actor,
            @Schema(description = "when the step was entered") OffsetDateTime at,
            @Schema(description = "when it took effect (registeredOn, occurredOn/occurredAt when entered after the fact), else at")
            OffsetDateTime effectiveAt, String note) {

        static HistoryEntry of(StepEntry e) {
            return new HistoryEntry(e.action, e.fromState, e.toState, e.actor, e.at, e.effectiveAt, e.note);
        }
    }

    /** A guardian as shown: masked unless the caller may see it in full. */
    public record GuardianView(String name, String phone, String relation) {
    }

    public record KeyPersonView(UUID id, KeyPersonCategory category, KeyPersonStatus status,
            @Schema(description = "masked (张*) unless a safety officer states a purpose; null once erased")
            String name,
            @Schema(description = "masked (340***********1234) unless a safety officer states a purpose")
            String residentId,
            String phone, String address, String gridCode, RiskLevel riskLevel, String responsibleOfficer,
            GuardianView guardian, Term term, SupervisionLevel supervisionLevel, DrugControlStatus controlStatus,
            LocalDate registeredOn, LocalDate closedOn, ClosureReason closureReason, String closureNote,
            LocalDate erasedOn,
            @Schema(description = "true when the personal fields are masked") boolean masked,
            List<KeyPersonStep> allowedSteps, long version,
            @Schema(description = "on a single record: every step, oldest first") List<HistoryEntry> history) {
    }

    public record VisitView(UUID id, UUID keyPersonId, LocalDate visitedOn, String officer, VisitKind kind,
            @Schema(description = "masked unless a safety officer states a purpose") String finding,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Someone whose next visit is due: the last visit (or the registration) and when the next one was due. */
    public record DueVisit(UUID keyPersonId, KeyPersonCategory category, RiskLevel riskLevel, String gridCode,
            @Schema(description = "masked") String name, String responsibleOfficer, LocalDate lastVisitOn,
            @Schema(description = "the last visit, or the registration when there was none, plus the interval")
            LocalDate dueOn,
            int intervalDays,
            @Schema(description = "days past the due date; 0 when due today") long daysOverdue) {
    }

    public record ReEncryption(
            @Schema(description = "records and visits whose fields were encrypted again") int reEncrypted,
            @Schema(description = "the primary key they are under now") long primaryKeyId,
            @Schema(description = "rows under a key the key set no longer holds: unreadable, left as they are")
            long unreadable) {
    }
}
