package cn.jiedao.mediation.dispute;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

@ApplicationScoped
public class DisputeService {

    /** Case numbers count per calendar year in the street's time zone. */
    static final ZoneId STREET_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional
    public Dispute register(RegisterDispute request, String registeredBy) {
        if (request.illegalStructure() && request.category() != DisputeCategory.MUNICIPAL_ILLEGAL_CONSTRUCTION) {
            throw ProblemException.badRequest("illegalStructure",
                    "only a MUNICIPAL_ILLEGAL_CONSTRUCTION dispute can be about an illegal structure");
        }
        OffsetDateTime now = OffsetDateTime.now(STREET_ZONE);
        Dispute d = new Dispute();
        d.id = UUID.randomUUID();
        d.caseNo = nextCaseNo(now.getYear());
        d.channel = request.channel();
        d.category = request.category();
        d.summary = request.summary().strip();
        d.address = request.address();
        d.gridCode = request.gridCode();
        d.illegalStructure = request.illegalStructure();
        d.urgency = request.urgency() == null ? Urgency.NORMAL : request.urgency();
        d.status = DisputeStatus.RECEIVED;
        d.occurredAt = request.occurredAt();
        d.registeredAt = now;
        d.registeredBy = registeredBy;
        d.persist();
        outbox.publish(DisputeEvents.TOPIC, d.id.toString(), DisputeEvents.REGISTERED,
                DisputeEvents.Registered.of(d));
        return d;
    }

    public Dispute get(UUID id) {
        Dispute d = Dispute.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Dispute", id);
        }
        return d;
    }

    /** TJ-2023-00001: the counter row is locked by the upsert, so concurrent registrations never share a number. */
    String nextCaseNo(int year) {
        Number next = (Number) em.createNativeQuery("""
                insert into case_number_counter (year, last_no) values (?1, 1)
                on conflict (year) do update set last_no = case_number_counter.last_no + 1
                returning last_no""")
                .setParameter(1, year)
                .getSingleResult();
        return String.format("TJ-%d-%05d", year, next.intValue());
    }
}
