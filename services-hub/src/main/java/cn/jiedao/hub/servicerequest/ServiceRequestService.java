package cn.jiedao.hub.servicerequest;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.hub.servicerequest.ServiceRequestLifecycle.LIFECYCLE;

import cn.jiedao.eventing.records.IdempotentRequests;
import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Acceptance;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Completion;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.DefineServiceType;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Referral;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.Rejection;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.ServiceRequestView;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.StatusNote;
import cn.jiedao.hub.servicerequest.ServiceRequestViews.SubmitRequest;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.EffectiveTime;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Service types and one-window requests: received, moved by {@link ServiceRequestLifecycle}, due by their type. */
@ApplicationScoped
public class ServiceRequestService {

    /** The scope of the requests' {@code Idempotency-Key}s in {@link IdempotentRequests}. */
    static final String IDEMPOTENCY_SCOPE = "service-request";
    static final List<ServiceRequestStatus> OPEN = List.of(ServiceRequestStatus.RECEIVED, ServiceRequestStatus.ACCEPTED);

    @Inject
    EntityManager em;

    @Inject
    LifecycleSteps steps;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    StreetTime time;

    @Transactional
    public ServiceType define(DefineServiceType request) {
        AttributeRules.checkDefinitions(request.attributes());
        if (ServiceType.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A service type " + request.code() + " is defined already")
                    .with("field", "code");
        }
        ServiceType t = new ServiceType();
        t.id = UUID.randomUUID();
        t.code = request.code();
        t.name = request.name();
        t.department = request.department();
        t.description = request.description();
        t.timeAllowedDays = request.timeAllowedDays();
        t.attributes = List.copyOf(request.attributes());
        t.active = true;
        t.createdAt = time.now();
        t.persist();
        return t;
    }

    /** Changes a type for the requests received from now on, under If-Match. */
    @Transactional
    public ServiceType change(String code, String ifMatch, ServiceRequestViews.ChangeServiceType request) {
        ServiceType t = ServiceType.<ServiceType>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (t == null) {
            throw ProblemException.notFound("ServiceType", code);
        }
        ETags.require(ifMatch, t.version);
        AttributeRules.checkDefinitions(request.attributes());
        t.name = request.name();
        t.department = request.department();
        t.description = request.description();
        t.timeAllowedDays = request.timeAllowedDays();
        t.attributes = List.copyOf(request.attributes());
        t.active = request.active();
        em.flush();
        return t;
    }

    public ServiceType type(String code) {
        ServiceType t = ServiceType.find("code", code).firstResult();
        if (t == null) {
            throw ProblemException.notFound("ServiceType", code);
        }
        return t;
    }

    public PageResponse<ServiceRequestViews.ServiceTypeView> types(PageParams paging) {
        return Pages.of(ServiceType.<ServiceType>findAll(Sort.by("code")), paging, ServiceRequestViews.ServiceTypeView::of);
    }

    /** A request received at the window; with an Idempotency-Key a retry answers the first request's record. */
    @Transactional
    public IdempotentRequests.Outcome submit(SubmitRequest request, String idempotencyKey, Actor actor) {
        if (idempotencyKey == null) {
            return new IdempotentRequests.Outcome(201, receive(request, actor).id.toString(), false);
        }
        return idempotent.once(IDEMPOTENCY_SCOPE, idempotencyKey, idempotent.hash(request),
                () -> new IdempotentRequests.Result(201, receive(request, actor).id.toString()));
    }

    private ServiceRequest receive(SubmitRequest request, Actor actor) {
        ServiceType type = ServiceType.find("code", request.serviceType()).firstResult();
        if (type == null || !type.active) {
            throw ProblemException.badRequest("serviceType", "no service type " + request.serviceType());
        }
        ServiceRequest r = new ServiceRequest();
        r.id = UUID.randomUUID();
        r.attributes = AttributeRules.check(type.attributes, request.attributes());
        r.serviceTypeId = type.id;
        r.mode = request.mode();
        r.applicantName = request.applicant().name();
        r.applicantPhone = request.applicant().phone();
        r.applicantIdNumber = request.applicant().idNumber() == null ? null
                : request.applicant().idNumber().toUpperCase();
        r.description = request.description();
        r.gridCode = request.gridCode();
        r.status = ServiceRequestStatus.RECEIVED;
        r.recordedAt = time.now();
        r.receivedAt = request.receivedOn() == null ? r.recordedAt
                : steps.effective(EffectiveTime.on("receivedOn", request.receivedOn()));
        LocalDate received = time.dateOf(r.receivedAt);
        r.deadline = received.plusDays(type.timeAllowedDays);
        r.receivedBy = actor.name();
        r.requestNo = nextRequestNo(received.getYear());
        r.persist();
        steps.begin(LIFECYCLE, r.id, ServiceRequestStep.RECEIVE, ServiceRequestStatus.RECEIVED, actor, r.receivedAt,
                type.name + " (" + r.mode + "), due " + r.deadline);
        return r;
    }

    @Transactional
    public ServiceRequest accept(UUID id, String ifMatch, Acceptance request, Actor actor) {
        return steps.take(LIFECYCLE, ServiceRequest.class, id, ifMatch, ServiceRequestStep.ACCEPT, actor,
                request == null ? EffectiveTime.NOW : request.effective(), (r, step) -> {
            r.acceptedAt = step.at();
            step.note(request == null ? null : request.note());
        });
    }

    @Transactional
    public ServiceRequest complete(UUID id, String ifMatch, Completion request, Actor actor) {
        return steps.take(LIFECYCLE, ServiceRequest.class, id, ifMatch, ServiceRequestStep.COMPLETE, actor,
                request.effective(), (r, step) -> {
            r.completedAt = step.at();
            r.completedOn = time.dateOf(step.at());
            r.outcome = request.outcome();
            step.note(request.outcome());
        });
    }

    @Transactional
    public ServiceRequest reject(UUID id, String ifMatch, Rejection request, Actor actor) {
        return steps.take(LIFECYCLE, ServiceRequest.class, id, ifMatch, ServiceRequestStep.REJECT, actor,
                request.effective(), (r, step) -> {
            r.completedAt = step.at();
            r.completedOn = time.dateOf(step.at());
            r.rejectionReason = request.reason();
            step.note(request.reason());
        });
    }

    @Transactional
    public ServiceRequest refer(UUID id, String ifMatch, Referral request, Actor actor) {
        return steps.take(LIFECYCLE, ServiceRequest.class, id, ifMatch, ServiceRequestStep.REFER, actor,
                request.effective(), (r, step) -> {
            r.completedAt = step.at();
            r.completedOn = time.dateOf(step.at());
            r.referredTo = request.department();
            step.note("转 " + request.department() + ": " + request.reason());
        });
    }

    @Transactional
    public ServiceRequest note(UUID id, String ifMatch, StatusNote request, Actor actor) {
        return steps.take(LIFECYCLE, ServiceRequest.class, id, ifMatch, ServiceRequestStep.NOTE, actor,
                (r, step) -> step.note(request.note()));
    }

    /** A request; a grid worker reads those of their grids only. */
    public ServiceRequest get(UUID id, Actor actor) {
        ServiceRequest r = Records.existing(ServiceRequest.class, id, "ServiceRequest");
        if (!actor.mayWorkIn(r.gridCode)) {
            throw ProblemException.forbidden("The request " + r.requestNo + " is not of your grids");
        }
        return r;
    }

    public ServiceRequestView view(ServiceRequest r, boolean unmasked) {
        return ServiceRequestView.of(r, ServiceType.findById(r.serviceTypeId), time.today(), unmasked,
                steps.history(LIFECYCLE, r.id));
    }

    /** Filters of the request list; null means any. */
    public record Filter(ServiceRequestStatus status, ServiceMode mode, String serviceType, String gridCode,
            Boolean overdue, LocalDate from, LocalDate to) {
    }

    public PageResponse<ServiceRequestView> list(Filter f, PageParams paging, Actor actor, boolean unmasked) {
        LocalDate today = time.today();
        UUID typeId = null;
        if (f.serviceType() != null) {
            ServiceType type = ServiceType.find("code", f.serviceType()).firstResult();
            if (type == null) {
                throw ProblemException.badRequest("serviceType", "no service type " + f.serviceType());
            }
            typeId = type.id;
        }
        Where where = Where.of().and("status = :status", "status", f.status())
                .and("mode = :mode", "mode", f.mode())
                .and("serviceTypeId = :type", "type", typeId)
                .and("gridCode = :grid", "grid", f.gridCode())
                .andIf(Boolean.TRUE.equals(f.overdue()), "status in :open and deadline < :today",
                        Map.of("open", OPEN, "today", today))
                .andIf(Boolean.FALSE.equals(f.overdue()), "not (status in :open and deadline < :today)",
                        Map.of("open", OPEN, "today", today))
                .and("receivedAt >= :from", "from", f.from() == null ? null : time.startOf(f.from()))
                .and("receivedAt < :to", "to", f.to() == null ? null : time.startOf(f.to().plusDays(1)))
                .andIf(actor.worksOnlyIn(), "gridCode in :grids", Map.of("grids", actor.grids()));
        PageResponse<ServiceRequest> page = Pages.of(ServiceRequest.<ServiceRequest>find(where.query(),
                Sort.descending("receivedAt").and("id"), where.parameters()), paging);
        Map<UUID, ServiceType> types = new HashMap<>();
        page.items().forEach(r -> types.computeIfAbsent(r.serviceTypeId, id -> ServiceType.<ServiceType>findById(id)));
        return new PageResponse<>(page.items().stream()
                .map(r -> ServiceRequestView.of(r, types.get(r.serviceTypeId), today, unmasked, null)).toList(),
                page.page(), page.size(), page.total());
    }

    /** YC-2023-00001: the counter row is locked by the upsert, so concurrent requests never share a number. */
    String nextRequestNo(int year) {
        Number next = (Number) em.createNativeQuery("""
                insert into service_request_counter (year, last_no) values (?1, 1)
                on conflict (year) do update set last_no = service_request_counter.last_no + 1
                returning last_no""")
                .setParameter(1, year)
                .getSingleResult();
        return String.format("YC-%d-%05d", year, next.intValue());
    }
}
