package cn.jiedao.safety.audit;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.audit.AuditViews.AccessView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The access audit of sensitive personal data: an entry commits in the transaction of the access it records, so
 * there is no read without its entry. Entries name fields and records, never their values.
 */
@ApplicationScoped
public class AuditLog {

    /** The roles an entry records, in this order. */
    private static final List<String> KNOWN_ROLES = Roles.ALL;

    @Inject
    StreetTime time;

    /** Who acts: the caller's name and roles, and the purpose it stated (null if none). */
    public record Accessor(String name, List<String> roles, String purpose) {

        public static Accessor of(SecurityContext security, String purpose) {
            String name = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
            return new Accessor(name, KNOWN_ROLES.stream().filter(security::isUserInRole).toList(), purpose);
        }

        public static Accessor system(String name) {
            return new Accessor(name, List.of(), null);
        }
    }

    /** The record kind of key persons' entries. */
    public static final String KEY_PERSON = "KeyPerson";

    /** An access to a key person's record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Accessor who, AccessAction action, UUID keyPersonId, Collection<String> fields, boolean masked,
            String detail) {
        record(who, KEY_PERSON, action, keyPersonId, fields, masked, detail);
    }

    /** An access to the record {@code recordId} of the kind {@code recordKind} (its entity's name). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Accessor who, String recordKind, AccessAction action, UUID recordId, Collection<String> fields,
            boolean masked, String detail) {
        AccessRecord r = new AccessRecord();
        r.recordKind = recordKind;
        r.recordId = recordId;
        r.id = UUID.randomUUID();
        r.at = time.now();
        r.actor = who.name();
        r.roles = String.join(",", who.roles());
        r.action = action;
        r.keyPersonId = KEY_PERSON.equals(recordKind) ? recordId : null;
        r.fields = fields.stream().collect(Collectors.joining(","));
        r.masked = masked;
        r.purpose = who.purpose();
        r.detail = detail;
        r.persist();
    }

    /** Entries, latest first, by key person or record (kind, id), actor and the days (inclusive, street time). */
    public PageResponse<AccessView> list(UUID keyPersonId, String recordKind, UUID recordId, String actor,
            LocalDate from, LocalDate to, PageParams paging) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        Where where = Where.of().and("keyPersonId = :person", "person", keyPersonId)
                .and("recordKind = :kind", "kind", recordKind)
                .and("recordId = :record", "record", recordId)
                .and("actor = :actor", "actor", actor)
                .and("at >= :from", "from", from == null ? null : time.startOf(from))
                .and("at < :to", "to", to == null ? null : time.endOf(to));
        return Pages.of(AccessRecord.<AccessRecord>find(where.query(), Sort.descending("at").and("id"),
                where.parameters()), paging, AccessView::of);
    }
}
