package cn.jiedao.mediation.warning;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.mediation.deadline.DisputeDeadlines;
import cn.jiedao.mediation.dispute.Dispute;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    public record Read(View view, String etag) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public UUID register(RegisterWarningLetter request, String actor) {
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
        w.registeredAt = OffsetDateTime.now();
        w.registeredBy = actor;
        w.persist();
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
        WarningLetter w = find(id, LockModeType.NONE);
        return new Read(view(w, linkedDisputes(List.of(w.id)).getOrDefault(w.id, List.of())), ETags.of(w.version));
    }

    @Transactional
    public PageResponse<View> list(Boolean open, int page, int size) {
        var query = open == null ? WarningLetter.<WarningLetter>findAll(Sort.by("issuedOn").and("id"))
                : WarningLetter.<WarningLetter>find(open ? "respondedAt is null" : "respondedAt is not null",
                        Sort.by("issuedOn").and("id"));
        List<WarningLetter> items = query.page(page, size).list();
        Map<UUID, List<UUID>> links = linkedDisputes(items.stream().map(w -> w.id).toList());
        return new PageResponse<>(items.stream().map(w -> view(w, links.getOrDefault(w.id, List.of()))).toList(),
                page, size, query.count());
    }

    @Transactional
    public void acknowledge(UUID id, String ifMatch, String actor) {
        WarningLetter w = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.require(ifMatch, w.version);
        if (w.acknowledgedAt != null) {
            throw ProblemException.conflict("Warning letter " + id + " was already acknowledged by " + w.acknowledgedBy);
        }
        w.acknowledgedAt = OffsetDateTime.now();
        w.acknowledgedBy = actor;
    }

    @Transactional
    public void respond(UUID id, String ifMatch, Respond request, String actor) {
        WarningLetter w = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.require(ifMatch, w.version);
        if (w.acknowledgedAt == null) {
            throw ProblemException.conflict("Acknowledge warning letter " + id + " before responding");
        }
        if (w.respondedAt != null) {
            throw ProblemException.conflict("Warning letter " + id + " was already answered");
        }
        w.respondedAt = OffsetDateTime.now();
        w.respondedBy = actor;
        w.response = request.response().strip();
    }

    private WarningLetter find(UUID id, LockModeType lock) {
        WarningLetter w = WarningLetter.findById(id, lock);
        if (w == null) {
            throw ProblemException.notFound("Warning letter", id);
        }
        return w;
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

    private static View view(WarningLetter w, List<UUID> disputeIds) {
        LocalDate today = LocalDate.now(DisputeDeadlines.STREET_ZONE);
        return new View(w.id, w.letterNo, w.issuer, w.issuedOn, w.subject, w.responseDue, w.status(),
                w.respondedAt == null && today.isAfter(w.responseDue), w.acknowledgedAt, w.acknowledgedBy,
                w.respondedAt, w.respondedBy, w.response, disputeIds);
    }
}
