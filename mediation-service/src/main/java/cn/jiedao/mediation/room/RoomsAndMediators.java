package cn.jiedao.mediation.room;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.mediation.dispute.DisputeCategory;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rooms and mediators, and each mediator's open caseload (accepted, not yet concluded disputes). */
@ApplicationScoped
public class RoomsAndMediators {

    @Schema(name = "RegisterMediator")
    public record RegisterMediator(
            @NotBlank @Size(max = 100) @Schema(example = "陈红") String name,
            @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "must be a mobile or landline number")
            @Schema(example = "13900000000") String phone,
            @Size(max = 8) List<@NotNull DisputeCategory> specialities) {
    }

    @Schema(name = "Mediator")
    public record MediatorView(UUID id, String name, String phone, List<DisputeCategory> specialities,
            @Schema(description = "Accepted disputes not yet concluded") long openCaseload) {
    }

    @Schema(name = "RegisterRoom")
    public record RegisterRoom(
            @NotBlank @Size(max = 100) @Schema(example = "陈红调解室") String name,
            @Size(max = 300) @Schema(example = "融调解中心二楼") String location,
            UUID leadMediatorId) {
    }

    @Schema(name = "MediationRoom")
    public record RoomView(UUID id, String name, String location, UUID leadMediatorId, String leadMediatorName,
            @Schema(description = "Accepted disputes in this room not yet concluded") long openCaseload) {
    }

    @Inject
    EntityManager em;

    @Inject
    StreetTime time;

    @Transactional
    public MediatorView registerMediator(RegisterMediator request) {
        Mediator m = new Mediator();
        m.id = UUID.randomUUID();
        m.name = request.name().strip();
        m.phone = request.phone();
        m.specialities = request.specialities() == null ? ""
                : request.specialities().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        m.registeredAt = time.now();
        m.persist();
        return view(m, 0);
    }

    @Transactional
    public RoomView registerRoom(RegisterRoom request) {
        if (MediationRoom.count("name", request.name().strip()) > 0) {
            throw ProblemException.conflict("A room named " + request.name().strip() + " already exists");
        }
        Mediator lead = null;
        if (request.leadMediatorId() != null) {
            lead = Mediator.findById(request.leadMediatorId());
            if (lead == null) {
                throw ProblemException.badRequest("leadMediatorId", "no mediator " + request.leadMediatorId());
            }
        }
        MediationRoom r = new MediationRoom();
        r.id = UUID.randomUUID();
        r.name = request.name().strip();
        r.location = request.location();
        r.leadMediatorId = request.leadMediatorId();
        r.registeredAt = time.now();
        r.persist();
        return new RoomView(r.id, r.name, r.location, r.leadMediatorId, lead == null ? null : lead.name, 0);
    }

    @Transactional
    public MediatorView mediator(UUID id) {
        Mediator m = Records.existing(Mediator.class, id, "Mediator");
        return view(m, openCaseload("mediatorId").getOrDefault(id, 0L));
    }

    @Transactional
    public PageResponse<MediatorView> mediators(PageParams paging) {
        Map<UUID, Long> caseload = openCaseload("mediatorId");
        return Pages.of(Mediator.<Mediator>findAll(Sort.by("name")), paging,
                m -> view(m, caseload.getOrDefault(m.id, 0L)));
    }

    @Transactional
    public PageResponse<RoomView> rooms(PageParams paging) {
        Map<UUID, Long> caseload = openCaseload("roomId");
        Map<UUID, String> names = new HashMap<>();
        Mediator.<Mediator>listAll().forEach(m -> names.put(m.id, m.name));
        return Pages.of(MediationRoom.<MediationRoom>findAll(Sort.by("name")), paging, r -> new RoomView(r.id, r.name,
                r.location, r.leadMediatorId, names.get(r.leadMediatorId), caseload.getOrDefault(r.id, 0L)));
    }

    private Map<UUID, Long> openCaseload(String field) {
        List<Object[]> rows = em.createQuery("select d." + field + ", count(d) from Dispute d where d.status = "
                + "cn.jiedao.mediation.dispute.DisputeStatus.ACCEPTED and d." + field + " is not null group by d."
                + field, Object[].class).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }

    private static MediatorView view(Mediator m, long openCaseload) {
        List<DisputeCategory> specialities = m.specialities == null || m.specialities.isBlank() ? List.of()
                : Arrays.stream(m.specialities.split(",")).map(DisputeCategory::valueOf).toList();
        return new MediatorView(m.id, m.name, m.phone, specialities, openCaseload);
    }
}
