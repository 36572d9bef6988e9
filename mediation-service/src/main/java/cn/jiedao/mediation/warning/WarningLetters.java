package cn.jiedao.mediation.warning;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.mediation.warning.WarningLetter.LIFECYCLE;

import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.mediation.dispute.Dispute;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Major-dispute warning letters: registration with their linked disputes, the list, and the two steps of
 * {@link WarningLetter#LIFECYCLE} taken through {@link LifecycleSteps}.
 */
@ApplicationScoped
public class WarningLetters {

    @Schema(name = "RegisterWarningLetter")
    public record RegisterWarningLetter(
            @Size(max = 60) @Schema(example = "县综治〔2023〕7号") String letterNo,
            @NotBlank @Size(max = 200) @Schema(example = "县委政法委") String issuer,
            @NotNull @PastOrPresent @Schema(example = "2023-06-01") LocalDate issuedOn,
            @NotBlank @Size(max = 2000) @Schema(example = "某小区业主与物业公司矛盾激化,存在聚集风险") String subject,
            @NotNull @Schema(example = "2023-06-08") LocalDate responseDue,
            @Size(max = 50) List<@NotNull UUID> disputeIds) {
    }

    @Schema(name = "RespondToWarningLetter")
    public record Respond(@NotBlank @Size(max = 4000) @Schema(example = "已组织双方调解,签订书面协议") String response) {
    }

    @Schema(name = "WarningLetter")
    public record View(UUID id, String letterNo, String issuer, LocalDate issuedOn, String subject,
            LocalDate responseDue, WarningLetterStatus status,
            @Schema(description = "Not responded and past the response date (Asia/Shanghai)") boolean overdue,
            OffsetDateTime acknowledgedAt, String acknowledgedBy, OffsetDateTime respondedAt, String respondedBy,
            String response, List<UUID> disputeIds) {
    }

    /** A letter's view with the version its ETag is made of. */
    public record Read(View view, long version) {
    }

    @Inject
    EntityManager em;

    @Inject
    StreetTime time;

    @Inject
    LifecycleSteps steps;

    @Transactional
    public UUID register(RegisterWarningLetter request, Actor actor) {
        if (request.responseDue().isBefore(request.issuedOn())) {
            throw ProblemException.badRequest("responseDue", "cannot be before issuedOn");
        }
        WarningLetter w = new WarningLetter();
        w.id = UUID.randomUUID();
        w.letterNo = request.letterNo();
        w.issuer = request.issuer().strip();
        w.issuedOn = request.issuedOn();
        w.subject = request.subject().strip();
        w.responseDue = request.responseDue();
        w.registeredAt = time.now();
        w.registeredBy = actor.name();
        w.status = WarningLetterStatus.RECEIVED;
        w.persist();
        steps.begin(LIFECYCLE, w.id, WarningLetterAction.REGISTER, w.status, actor, w.registeredAt, w.letterNo);
        if (request.disputeIds() != null) {
            int i = 0;
            for (UUID disputeId : new LinkedHashSet<>(request.disputeIds())) {
                if (Dispute.findById(disputeId) == null) {
                    throw ProblemException.badRequest("disputeIds[" + i + "]", "no dispute " + disputeId);
                }
                em.createNativeQuery("insert into warning_letter_dispute (letter_id, dispute_id) values (?1, ?2)")
                        .setParameter(1, w.id).setParameter(2, disputeId).executeUpdate();
                i++;
            }
        }
        return w.id;
    }

    @Transactional
    public Read get(UUID id) {
        WarningLetter w = Records.existing(WarningLetter.class, id, "Warning letter");
        return new Read(view(w, linkedDisputes(List.of(w.id)).getOrDefault(w.id, List.of())), w.version);
    }

    @Transactional
    public PageResponse<View> list(Boolean open, PageParams paging) {
        Where where = Where.of().andIf(open != null,
                Boolean.TRUE.equals(open) ? "respondedAt is null" : "respondedAt is not null", Map.of());
        PageResponse<WarningLetter> page = Pages.of(WarningLetter.<WarningLetter>find(where.query(),
                Sort.by("issuedOn").and("id"), where.parameters()), paging);
        Map<UUID, List<UUID>> links = linkedDisputes(page.items().stream().map(w -> w.id).toList());
        return page.map(w -> view(w, links.getOrDefault(w.id, List.of())));
    }

    /** 签收: the letter's receipt is acknowledged. */
    public WarningLetter acknowledge(UUID id, String ifMatch, Actor actor) {
        return steps.take(LIFECYCLE, WarningLetter.class, id, ifMatch, WarningLetterAction.ACKNOWLEDGE, actor,
                (w, step) -> {
                    w.acknowledgedAt = step.at();
                    w.acknowledgedBy = step.actor().name();
                });
    }

    /** The answer to an acknowledged letter. */
    public WarningLetter respond(UUID id, String ifMatch, Respond request, Actor actor) {
        return steps.take(LIFECYCLE, WarningLetter.class, id, ifMatch, WarningLetterAction.RESPOND, actor,
                (w, step) -> {
                    w.respondedAt = step.at();
                    w.respondedBy = step.actor().name();
                    w.response = request.response().strip();
                    step.note(w.response);
                });
    }

    private Map<UUID, List<UUID>> linkedDisputes(List<UUID> letterIds) {
        Map<UUID, List<UUID>> links = new HashMap<>();
        if (letterIds.isEmpty()) {
            return links;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select letter_id, dispute_id from warning_letter_dispute where letter_id in (?1) order by dispute_id")
                .setParameter(1, letterIds).getResultList();
        rows.forEach(r -> links.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>()).add((UUID) r[1]));
        return links;
    }

    private View view(WarningLetter w, List<UUID> disputeIds) {
        LocalDate today = time.today();
        return new View(w.id, w.letterNo, w.issuer, w.issuedOn, w.subject, w.responseDue, w.status,
                w.respondedAt == null && today.isAfter(w.responseDue), w.acknowledgedAt, w.acknowledgedBy,
                w.respondedAt, w.respondedBy, w.response, disputeIds);
    }
}
