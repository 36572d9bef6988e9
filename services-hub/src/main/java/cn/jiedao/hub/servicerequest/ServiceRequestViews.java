package cn.jiedao.hub.servicerequest;

import cn.jiedao.eventing.records.StepEntry;
import cn.jiedao.kernel.time.AfterTheFact;
import cn.jiedao.kernel.validation.PersonName;
import cn.jiedao.kernel.validation.PhoneNumber;
import cn.jiedao.kernel.validation.ResidentId;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of service types and one-window requests. */
public final class ServiceRequestViews {

    private ServiceRequestViews() {
    }

    /** One allowed value of a list attribute (Open311's key and name). */
    public record AttributeValue(
            @NotBlank @Size(max = 60) @Schema(example = "FIRST_TIME") String key,
            @NotBlank @Size(max = 200) @Schema(example = "首次申领") String name) {
    }

    /** One typed attribute of a service type (an Open311 attribute). */
    public record AttributeDefinition(
            @NotBlank @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,39}", message = "must be a camelCase code of up to 40 characters")
            @Schema(example = "applicationKind") String code,
            @NotNull AttributeType datatype,
            boolean required,
            @NotBlank @Size(max = 200) @Schema(description = "what the window asks", example = "申领类型") String description,
            @Size(max = 100) List<@Valid @NotNull AttributeValue> values) {
    }

    public record DefineServiceType(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code such as ELDERLY_ALLOWANCE")
            String code,
            @NotBlank @Size(max = 200) @Schema(example = "高龄津贴申领") String name,
            @NotBlank @Size(max = 200) @Schema(description = "the department responsible", example = "街道社会事务办") String department,
            @Size(max = 2000) String description,
            @NotNull @Min(1) @Max(365) @Schema(description = "calendar days from receipt to the deadline", example = "10")
            Integer timeAllowedDays,
            @NotNull @Size(max = 50) List<@Valid @NotNull AttributeDefinition> attributes) {
    }

    /** A service type as it is to be from now on; requests already received keep their deadlines. */
    public record ChangeServiceType(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String department,
            @Size(max = 2000) String description,
            @NotNull @Min(1) @Max(365) Integer timeAllowedDays,
            @NotNull @Size(max = 50) List<@Valid @NotNull AttributeDefinition> attributes,
            @NotNull @Schema(description = "false: no new request of it is received") Boolean active) {
    }

    public record ServiceTypeView(UUID id, String code, String name, String department, String description,
            int timeAllowedDays, List<AttributeDefinition> attributes, boolean active, long version) {

        static ServiceTypeView of(ServiceType t) {
            return new ServiceTypeView(t.id, t.code, t.name, t.department, t.description, t.timeAllowedDays,
                    t.attributes, t.active, t.version);
        }
    }

    public record Applicant(
            @NotBlank @Size(max = 100) @Schema(example = "李四") String name,
            @NotBlank @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE) String phone,
            @ResidentId String idNumber) {
    }

    public record SubmitRequest(
            @NotBlank @Schema(description = "the service type's code", example = "ELDERLY_ALLOWANCE") String serviceType,
            @NotNull ServiceMode mode,
            @NotNull @Valid Applicant applicant,
            @Schema(description = "the type's attributes by code; each checked against its datatype")
            Map<String, Object> attributes,
            @Size(max = 2000) String description,
            @Pattern(regexp = "\\d{15}", message = "must be a 15-digit grid code") String gridCode,
            @Schema(description = "Entered after the fact: the day the window received the request (street time), not "
                    + "after today; it is received on it (receivedAt, its deadline and number count from it, and so do "
                    + "the figures), the entry time is kept as recordedAt. Omit for now.", example = "2023-04-11")
            LocalDate receivedOn) {
    }

    public record Acceptance(@Size(max = 2000) String note,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-04-11") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {
    }

    public record Completion(@NotBlank @Size(max = 2000) @Schema(example = "已办结，津贴次月发放") String outcome,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-04-18") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {
    }

    public record Rejection(@NotBlank @Size(max = 500) @Schema(example = "户籍不在本街道") String reason,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-04-12") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {
    }

    public record Referral(
            @NotBlank @Size(max = 200) @Schema(example = "县医疗保障局") String department,
            @NotBlank @Size(max = 500) String reason,
            @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-04-12") LocalDate occurredOn,
            @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt)
            implements AfterTheFact {
    }

    public record StatusNote(@NotBlank @Size(max = 2000) @Schema(example = "材料已送县民政局审核") String note) {
    }

    public record HistoryEntry(String step, String from, String to, String actor,
            @Schema(description = "when the step was entered") OffsetDateTime at,
            @Schema(description = "when it took effect (receivedOn, occurredOn/occurredAt when entered after the fact), else at")
            OffsetDateTime effectiveAt, String note) {

        static HistoryEntry of(StepEntry e) {
            return new HistoryEntry(e.action, e.fromState, e.toState, e.actor, e.at, e.effectiveAt, e.note);
        }
    }

    public record ApplicantView(String name,
            @Schema(description = "masked (138****0000) for every role but hub staff") String phone,
            @Schema(description = "masked for every role but hub staff") String idNumber) {

        static ApplicantView of(ServiceRequest r, boolean unmasked) {
            return unmasked ? new ApplicantView(r.applicantName, r.applicantPhone, r.applicantIdNumber)
                    : new ApplicantView(PersonName.mask(r.applicantName), PhoneNumber.mask(r.applicantPhone),
                            ResidentIdNumber.mask(r.applicantIdNumber));
        }

    }

    public record ServiceRequestView(UUID id, String requestNo, String serviceType, String serviceTypeName,
            @Schema(description = "the department responsible") String department, ServiceMode mode,
            ApplicantView applicant, Map<String, Object> attributes, String description, String gridCode,
            ServiceRequestStatus status,
            @Schema(description = "when the window received it: receivedOn when entered after the fact") OffsetDateTime receivedAt,
            @Schema(description = "when it was entered") OffsetDateTime recordedAt,
            @Schema(description = "the day it is due (Open311's expected_datetime)") LocalDate deadline,
            @Schema(description = "open and past its deadline") boolean overdue,
            OffsetDateTime acceptedAt, OffsetDateTime completedAt, String outcome, String rejectionReason,
            String referredTo, String receivedBy, List<ServiceRequestStep> allowedSteps, long version,
            @Schema(description = "on a single request: every step and status note, oldest first")
            List<HistoryEntry> history) {

        static ServiceRequestView of(ServiceRequest r, ServiceType type, LocalDate today, boolean unmasked,
                List<StepEntry> history) {
            return new ServiceRequestView(r.id, r.requestNo, type.code, type.name, type.department, r.mode,
                    ApplicantView.of(r, unmasked), r.attributes, r.description, r.gridCode, r.status, r.receivedAt,
                    r.recordedAt, r.deadline, r.status.isOpen() && r.deadline.isBefore(today), r.acceptedAt, r.completedAt,
                    r.outcome, r.rejectionReason, r.referredTo, r.receivedBy,
                    ServiceRequestLifecycle.LIFECYCLE.allowedFrom(r.status), r.version,
                    history == null ? null : history.stream().map(HistoryEntry::of).toList());
        }
    }
}
