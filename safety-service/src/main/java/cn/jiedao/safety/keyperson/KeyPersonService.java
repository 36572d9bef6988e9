package cn.jiedao.safety.keyperson;

import cn.jiedao.eventing.records.Records;
import static cn.jiedao.safety.keyperson.KeyPersonLifecycle.LIFECYCLE;

import cn.jiedao.eventing.records.LifecycleSteps;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.StepEntry;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.EffectiveTime;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.PhoneNumber;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.GridScope;
import cn.jiedao.safety.audit.AccessAction;
import cn.jiedao.safety.audit.AuditLog;
import cn.jiedao.safety.audit.AuditLog.Accessor;
import cn.jiedao.safety.keyperson.KeyPersonViews.CloseSupervision;
import cn.jiedao.safety.keyperson.KeyPersonViews.DueVisit;
import cn.jiedao.safety.keyperson.KeyPersonViews.GuardianView;
import cn.jiedao.safety.keyperson.KeyPersonViews.HistoryEntry;
import cn.jiedao.safety.keyperson.KeyPersonViews.KeyPersonView;
import cn.jiedao.safety.keyperson.KeyPersonViews.ReEncryption;
import cn.jiedao.safety.keyperson.KeyPersonViews.RecordVisit;
import cn.jiedao.safety.keyperson.KeyPersonViews.RegisterKeyPerson;
import cn.jiedao.safety.keyperson.KeyPersonViews.Term;
import cn.jiedao.safety.keyperson.KeyPersonViews.VisitView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The key-person registry. Personal fields are encrypted on the way in and decrypted on the way out, here and
 * nowhere else; every access writes its audit entry in the same transaction.
 */
@ApplicationScoped
public class KeyPersonService {

    private static final List<KeyPersonStatus> WITH_PERSONAL_DATA =
            List.of(KeyPersonStatus.UNDER_SUPERVISION, KeyPersonStatus.CLOSED);

    @Inject
    LifecycleSteps steps;

    @Inject
    StreetTime time;

    @Inject
    KeyPersonKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    private final KeyPersonSettings settings;

    private final VisitIntervals intervals;

    @Inject
    public KeyPersonService(KeyPersonSettings settings) {
        this.settings = settings;
        this.intervals = new VisitIntervals(settings.visitDays());
    }

    public VisitIntervals intervals() {
        return intervals;
    }

    // --- the record ----------------------------------------------------------------------------------------

    @Transactional
    public KeyPersonView register(RegisterKeyPerson request, Reader reader) {
        CategoryFields.check(request);
        String hash = keys.searchHash(request.residentId());
        if (KeyPerson.count("category = ?1 and status = ?2 and residentIdHash in ?3", request.category(),
                KeyPersonStatus.UNDER_SUPERVISION, keys.searchHashes(request.residentId())) > 0) {
            // the answer names the field, never its value
            throw ProblemException.conflict("This resident ID is already under supervision as " + request.category())
                    .with("field", KeyPerson.RESIDENT_ID);
        }
        KeyPerson k = new KeyPerson();
        k.id = UUID.randomUUID();
        k.category = request.category();
        k.status = KeyPersonStatus.UNDER_SUPERVISION;
        OffsetDateTime registeredAt = steps.effective(EffectiveTime.on("registeredOn", request.registeredOn()));
        k.registeredOn = time.dateOf(registeredAt);
        write(k, request, hash);
        k.persist();
        steps.begin(LIFECYCLE, k.id, KeyPersonStep.REGISTER, k.status, reader.actor(), registeredAt,
                k.category + ", grid " + k.gridCode + ", risk " + k.riskLevel);
        audit.record(reader.accessor(), AccessAction.REGISTER, k.id, written(k), !reader.full(), null);
        return view(k, reader, steps.history(LIFECYCLE, k.id));
    }

    @Transactional
    public KeyPersonView update(UUID id, String ifMatch, RegisterKeyPerson request, Reader reader) {
        KeyPerson k = steps.lock(LIFECYCLE, KeyPerson.class, id);
        ETags.require(ifMatch, k.version);
        if (k.status != KeyPersonStatus.UNDER_SUPERVISION) {
            throw ProblemException.conflict("A " + k.status + " record is not changed").with("currentState", k.status);
        }
        if (request.category() != k.category) {
            throw ProblemException.badRequest("category", "stays " + k.category + "; register the person anew "
                    + "under another category");
        }
        if (request.registeredOn() != null && !request.registeredOn().equals(k.registeredOn)) {
            throw ProblemException.badRequest("registeredOn", "stays " + k.registeredOn + ": it is set at registration");
        }
        CategoryFields.check(request);
        write(k, request, keys.searchHash(request.residentId()));
        em.flush();
        audit.record(reader.accessor(), AccessAction.UPDATE, k.id, written(k), !reader.full(), null);
        return view(k, reader, steps.history(LIFECYCLE, k.id));
    }

    /** One record with its history; the read is audited with the fields it disclosed in full. */
    @Transactional
    public KeyPersonView read(UUID id, Reader reader) {
        KeyPerson k = get(id);
        GridScope.require(reader.actor(), k.gridCode);
        audit.record(reader.accessor(), AccessAction.READ, k.id, disclosed(k, reader), !reader.full(), null);
        return view(k, reader, steps.history(LIFECYCLE, k.id));
    }

    public KeyPerson get(UUID id) {
        KeyPerson k = Records.existing(KeyPerson.class, id, "KeyPerson");
        return k;
    }

    public long version(UUID id) {
        return get(id).version;
    }

    /** Filters of the list; null means any. */
    public record Filter(KeyPersonCategory category, String gridCode, KeyPersonStatus status, RiskLevel riskLevel) {
    }

    /** A page of records, each of them audited as listed. */
    @Transactional
    public PageResponse<KeyPersonView> list(Filter f, PageParams paging, Reader reader) {
        Where where = where(f).andIf(reader.actor().worksOnlyIn(), "gridCode in :grids",
                Map.of("grids", reader.actor().grids()));
        PageResponse<KeyPerson> page = Pages.of(KeyPerson.<KeyPerson>find(where.query(),
                Sort.descending("registeredOn").and("id"), where.parameters()), paging);
        page.items().forEach(k -> audit.record(reader.accessor(), AccessAction.LIST, k.id, disclosed(k, reader),
                !reader.full(), null));
        return page.map(k -> view(k, reader, null));
    }

    /** Every record of the filters, for a file; each is audited as exported. */
    @Transactional
    public List<KeyPersonView> export(Filter f, Reader reader) {
        Where where = where(f);
        List<KeyPerson> all = KeyPerson.list(where.query(), Sort.ascending("registeredOn", "id"), where.parameters());
        all.forEach(k -> audit.record(reader.accessor(), AccessAction.EXPORT, k.id, disclosed(k, reader),
                !reader.full(), null));
        return all.stream().map(k -> view(k, reader, null)).toList();
    }

    private static Where where(Filter f) {
        return Where.of().and("category = :category", "category", f.category())
                .and("gridCode = :grid", "grid", f.gridCode())
                .and("status = :status", "status", f.status())
                .and("riskLevel = :risk", "risk", f.riskLevel());
    }

    /**
     * The records of a resident ID, found by its keyed hash under every search key (never by decrypting rows);
     * a search that finds nothing is audited too, without the number searched for.
     */
    @Transactional
    public List<KeyPersonView> search(String residentId, Reader reader) {
        List<KeyPerson> found = KeyPerson.<KeyPerson>list("residentIdHash in ?1",
                Sort.descending("registeredOn").and("id"), keys.searchHashes(residentId)).stream()
                .filter(k -> reader.actor().mayWorkIn(k.gridCode)).toList();
        if (found.isEmpty()) {
            audit.record(reader.accessor(), AccessAction.SEARCH, null, List.of(), true, "no record found");
        }
        found.forEach(k -> audit.record(reader.accessor(), AccessAction.SEARCH, k.id, disclosed(k, reader),
                !reader.full(), "found by resident ID"));
        return found.stream().map(k -> view(k, reader, null)).toList();
    }

    @Transactional
    public KeyPersonView close(UUID id, String ifMatch, CloseSupervision request, Reader reader) {
        KeyPerson closed = steps.take(LIFECYCLE, KeyPerson.class, id, ifMatch, KeyPersonStep.CLOSE, reader.actor(),
                request.effective(), (k, step) -> {
                    if (request.reason() == ClosureReason.OTHER && (request.note() == null || request.note().isBlank())) {
                        throw ProblemException.badRequest("note", "is required when the reason is OTHER");
                    }
                    k.closedOn = time.dateOf(step.at());
                    k.closureReason = request.reason();
                    k.closureNote = request.note();
                    step.note(request.reason().name());
                });
        audit.record(reader.accessor(), AccessAction.CLOSE, closed.id, disclosed(closed, reader), !reader.full(),
                request.reason().name());
        return view(closed, reader, steps.history(LIFECYCLE, closed.id));
    }

    /**
     * Erases the personal fields of every record closed more than the retention period ago, and the findings of
     * its visits; category, grid, risk and dates stay, so the counts do.
     *
     * @return how many records were erased
     */
    @Transactional
    public int eraseExpired() {
        LocalDate closedBefore = time.today().minusDays(settings.retentionDays());
        List<UUID> due = em.createQuery("select k.id from KeyPerson k where k.status = :closed and k.closedOn < :before",
                UUID.class).setParameter("closed", KeyPersonStatus.CLOSED).setParameter("before", closedBefore)
                .getResultList();
        Accessor job = Accessor.system("key-person-erasure");
        int erased = 0;
        for (UUID id : due) {
            KeyPerson k = steps.lock(LIFECYCLE, KeyPerson.class, id);
            if (k.status != KeyPersonStatus.CLOSED) {
                continue; // another instance erased it since the query
            }
            steps.apply(LIFECYCLE, k, id, KeyPersonStep.ERASE, Actor.system(job.name()), (r, step) -> {
                r.nameCipher = null;
                r.residentIdCipher = null;
                r.residentIdHash = null;
                r.phoneCipher = null;
                r.addressCipher = null;
                r.guardianNameCipher = null;
                r.guardianPhoneCipher = null;
                r.guardianRelation = null;
                r.closureNote = null;
                r.keyId = null;
                r.erasedOn = time.dateOf(step.at());
                step.note("personal fields erased " + settings.retentionDays() + " days after closure");
            });
            KeyPersonVisit.update("findingCipher = null, keyId = null where keyPersonId = ?1", id);
            audit.record(job, AccessAction.ERASE, id, List.of(), true, "closed on " + k.closedOn);
            erased++;
        }
        return erased;
    }

    // --- visits --------------------------------------------------------------------------------------------

    @Transactional
    public VisitView recordVisit(UUID id, RecordVisit request, Reader reader) {
        KeyPerson k = steps.lock(LIFECYCLE, KeyPerson.class, id);
        GridScope.require(reader.actor(), k.gridCode);
        if (k.status != KeyPersonStatus.UNDER_SUPERVISION) {
            throw ProblemException.conflict("A " + k.status + " record takes no visits").with("currentState", k.status);
        }
        if (request.visitedOn().isAfter(time.today())) {
            throw ProblemException.badRequest("visitedOn", "must not be after today " + time.today());
        }
        KeyPersonVisit v = new KeyPersonVisit();
        v.id = UUID.randomUUID();
        v.keyPersonId = k.id;
        v.visitedOn = request.visitedOn();
        v.officer = request.officer();
        v.kind = request.kind();
        v.findingCipher = keys.encrypt(v.id, KeyPersonVisit.FINDING, request.finding());
        v.keyId = keys.primaryKeyId();
        v.recordedBy = reader.actor().name();
        v.recordedAt = time.now();
        v.persist();
        audit.record(reader.accessor(), AccessAction.VISIT, k.id, List.of(KeyPersonVisit.FINDING), !reader.full(),
                request.kind() + " on " + request.visitedOn());
        return visitView(v, reader);
    }

    @Transactional
    public List<VisitView> visits(UUID id, Reader reader) {
        KeyPerson k = get(id);
        GridScope.require(reader.actor(), k.gridCode);
        List<KeyPersonVisit> visits = KeyPersonVisit.list("keyPersonId", Sort.descending("visitedOn", "recordedAt"),
                k.id);
        audit.record(reader.accessor(), AccessAction.READ, k.id,
                reader.full() && !visits.isEmpty() ? List.of(KeyPersonVisit.FINDING) : List.of(), !reader.full(),
                visits.size() + " visits");
        return visits.stream().map(v -> visitView(v, reader)).toList();
    }

    /**
     * Who is due a visit today or was due earlier: everyone under supervision whose last visit (or registration,
     * without one) plus the interval of the category and risk level is not after today. Most overdue first; the
     * names are masked.
     */
    @Transactional
    public PageResponse<DueVisit> due(String gridCode, PageParams paging, Reader reader) {
        LocalDate today = time.today();
        Map<UUID, LocalDate> lastVisits = lastVisits();
        Where where = Where.of().and("status = :status", "status", KeyPersonStatus.UNDER_SUPERVISION)
                .and("gridCode = :grid", "grid", gridCode)
                .andIf(reader.actor().worksOnlyIn(), "gridCode in :grids", Map.of("grids", reader.actor().grids()));
        List<DueVisit> due = new ArrayList<>();
        for (KeyPerson k : KeyPerson.<KeyPerson>list(where.query(), where.parameters())) {
            LocalDate last = lastVisits.get(k.id);
            LocalDate dueOn = intervals.due(k.category, k.riskLevel, last == null ? k.registeredOn : last);
            if (!dueOn.isAfter(today)) {
                due.add(new DueVisit(k.id, k.category, k.riskLevel, k.gridCode,
                        Masks.name(keys.decrypt(k.id, KeyPerson.NAME, k.nameCipher)), k.responsibleOfficer, last,
                        dueOn, intervals.days(k.category, k.riskLevel), ChronoUnit.DAYS.between(dueOn, today)));
            }
        }
        due.sort(Comparator.comparing(DueVisit::dueOn).thenComparing(d -> d.keyPersonId().toString()));
        int from = Math.min(paging.page * paging.size, due.size());
        List<DueVisit> items = due.subList(from, Math.min(from + paging.size, due.size()));
        items.forEach(d -> audit.record(reader.accessor(), AccessAction.LIST, d.keyPersonId(), List.of(), true,
                "visit due " + d.dueOn()));
        return new PageResponse<>(List.copyOf(items), paging.page, paging.size, due.size());
    }

    Map<UUID, LocalDate> lastVisits() {
        Map<UUID, LocalDate> last = new HashMap<>();
        em.createQuery("select v.keyPersonId, max(v.visitedOn) from KeyPersonVisit v group by v.keyPersonId",
                Object[].class).getResultList().forEach(row -> last.put((UUID) row[0], (LocalDate) row[1]));
        return last;
    }

    // --- key rotation ----------------------------------------------------------------------------------------

    /**
     * Encrypts again, under the primary key, every record and visit written under another key (and hashes the
     * resident ID under the primary search key), a batch a transaction. A row changed meanwhile by a request is
     * left to it (the request wrote it under the primary already). The records' versions stay: nothing a client
     * sees changed. Rows under a key the key set no longer holds cannot be read; they are counted, not touched.
     */
    public ReEncryption reEncrypt(Accessor who) {
        long primary = keys.primaryKeyId();
        List<Long> readable = keys.keyIds();
        int batch = settings.reEncryptionBatch();
        Set<UUID> seen = new HashSet<>();
        int total = inBatches(() -> reEncryptPeople(primary, readable, batch, seen), seen)
                + inBatches(() -> reEncryptVisits(primary, readable, batch, seen), seen);
        long unreadable = KeyPerson.count("keyId is not null and keyId not in ?1", readable)
                + KeyPersonVisit.count("keyId is not null and keyId not in ?1", readable);
        int count = total;
        QuarkusTransaction.requiringNew().run(() -> audit.record(who, AccessAction.RE_ENCRYPT, null, List.of(), true,
                count + " rows now under key " + primary + (unreadable > 0 ? ", " + unreadable
                        + " under keys no longer in the key set" : "")));
        return new ReEncryption(count, primary, unreadable);
    }

    /** Runs {@code batch} a transaction at a time until it does nothing more; how many rows it did. */
    private static int inBatches(Callable<List<UUID>> batch, Set<UUID> seen) {
        int total = 0;
        while (true) {
            List<UUID> done = QuarkusTransaction.requiringNew().call(batch);
            if (done.isEmpty()) {
                return total;
            }
            seen.addAll(done);
            total += done.size();
        }
    }

    private List<UUID> reEncryptPeople(long primary, List<Long> readable, int batch, Set<UUID> seen) {
        List<KeyPerson> rows = KeyPerson.<KeyPerson>find("keyId in ?1 and keyId <> ?2 and status in ?3",
                Sort.by("id"), readable, primary, WITH_PERSONAL_DATA).page(0, batch + seen.size()).list();
        List<UUID> done = new ArrayList<>();
        for (KeyPerson k : rows) {
            if (seen.contains(k.id) || done.size() == batch) {
                continue;
            }
            String residentId = keys.decrypt(k.id, KeyPerson.RESIDENT_ID, k.residentIdCipher);
            // a bulk update: the version (the client's ETag) stays, and a row a request changed meanwhile is skipped
            em.createQuery("update KeyPerson set nameCipher = :name, residentIdCipher = :rid, residentIdHash = :hash, "
                            + "phoneCipher = :phone, addressCipher = :address, guardianNameCipher = :gname, "
                            + "guardianPhoneCipher = :gphone, keyId = :key where id = :id and version = :version")
                    .setParameter("name", reEncrypt(k.id, KeyPerson.NAME, k.nameCipher))
                    .setParameter("rid", reEncrypt(k.id, KeyPerson.RESIDENT_ID, k.residentIdCipher))
                    .setParameter("hash", residentId == null ? null : keys.searchHash(residentId))
                    .setParameter("phone", reEncrypt(k.id, KeyPerson.PHONE, k.phoneCipher))
                    .setParameter("address", reEncrypt(k.id, KeyPerson.ADDRESS, k.addressCipher))
                    .setParameter("gname", reEncrypt(k.id, KeyPerson.GUARDIAN_NAME, k.guardianNameCipher))
                    .setParameter("gphone", reEncrypt(k.id, KeyPerson.GUARDIAN_PHONE, k.guardianPhoneCipher))
                    .setParameter("key", primary).setParameter("id", k.id).setParameter("version", k.version)
                    .executeUpdate();
            done.add(k.id);
        }
        return done;
    }

    private List<UUID> reEncryptVisits(long primary, List<Long> readable, int batch, Set<UUID> seen) {
        List<KeyPersonVisit> rows = KeyPersonVisit.<KeyPersonVisit>find("keyId in ?1 and keyId <> ?2",
                Sort.by("id"), readable, primary).page(0, batch + seen.size()).list();
        List<UUID> done = new ArrayList<>();
        for (KeyPersonVisit v : rows) {
            if (seen.contains(v.id) || done.size() == batch) {
                continue;
            }
            v.findingCipher = reEncrypt(v.id, KeyPersonVisit.FINDING, v.findingCipher);
            v.keyId = primary;
            done.add(v.id);
        }
        return done;
    }

    private String reEncrypt(UUID id, String field, String cipher) {
        return keys.encrypt(id, field, keys.decrypt(id, field, cipher));
    }

    // --- writing and showing -----------------------------------------------------------------------------------

    private void write(KeyPerson k, RegisterKeyPerson r, String residentIdHash) {
        k.nameCipher = keys.encrypt(k.id, KeyPerson.NAME, r.name());
        k.residentIdCipher = keys.encrypt(k.id, KeyPerson.RESIDENT_ID, r.residentId().toUpperCase());
        k.residentIdHash = residentIdHash;
        k.phoneCipher = keys.encrypt(k.id, KeyPerson.PHONE, r.phone());
        k.addressCipher = keys.encrypt(k.id, KeyPerson.ADDRESS, r.address());
        k.gridCode = r.gridCode();
        k.riskLevel = r.riskLevel();
        k.responsibleOfficer = r.responsibleOfficer();
        k.guardianNameCipher = r.guardian() == null ? null : keys.encrypt(k.id, KeyPerson.GUARDIAN_NAME, r.guardian().name());
        k.guardianPhoneCipher = r.guardian() == null ? null
                : keys.encrypt(k.id, KeyPerson.GUARDIAN_PHONE, r.guardian().phone());
        k.guardianRelation = r.guardian() == null ? null : r.guardian().relation();
        k.termStart = r.term() == null ? null : r.term().start();
        k.termEnd = r.term() == null ? null : r.term().end();
        k.supervisionLevel = r.supervisionLevel();
        k.controlStatus = r.controlStatus();
        k.keyId = keys.primaryKeyId();
    }

    /** The personal fields a record holds. */
    private static List<String> written(KeyPerson k) {
        List<String> fields = new ArrayList<>();
        if (k.nameCipher != null) {
            fields.addAll(List.of(KeyPerson.NAME, KeyPerson.RESIDENT_ID, KeyPerson.PHONE, KeyPerson.ADDRESS));
        }
        if (k.guardianNameCipher != null) {
            fields.addAll(List.of(KeyPerson.GUARDIAN_NAME, KeyPerson.GUARDIAN_PHONE));
        }
        return fields;
    }

    /** The personal fields a reader sees in full: all of them, or none. */
    private static List<String> disclosed(KeyPerson k, Reader reader) {
        return reader.full() ? written(k) : List.of();
    }

    KeyPersonView view(KeyPerson k, Reader reader, List<StepEntry> history) {
        boolean full = reader.full();
        String name = keys.decrypt(k.id, KeyPerson.NAME, k.nameCipher);
        String residentId = keys.decrypt(k.id, KeyPerson.RESIDENT_ID, k.residentIdCipher);
        String phone = keys.decrypt(k.id, KeyPerson.PHONE, k.phoneCipher);
        String address = keys.decrypt(k.id, KeyPerson.ADDRESS, k.addressCipher);
        GuardianView guardian = null;
        if (k.guardianNameCipher != null) {
            String guardianName = keys.decrypt(k.id, KeyPerson.GUARDIAN_NAME, k.guardianNameCipher);
            String guardianPhone = keys.decrypt(k.id, KeyPerson.GUARDIAN_PHONE, k.guardianPhoneCipher);
            guardian = full ? new GuardianView(guardianName, guardianPhone, k.guardianRelation)
                    : new GuardianView(Masks.name(guardianName), PhoneNumber.mask(guardianPhone), k.guardianRelation);
        }
        return new KeyPersonView(k.id, k.category, k.status,
                full ? name : Masks.name(name),
                full ? residentId : ResidentIdNumber.mask(residentId),
                full ? phone : PhoneNumber.mask(phone),
                full ? address : Masks.address(address),
                k.gridCode, k.riskLevel, k.responsibleOfficer, guardian,
                k.termStart == null ? null : new Term(k.termStart, k.termEnd), k.supervisionLevel, k.controlStatus,
                k.registeredOn, k.closedOn, k.closureReason, k.closureNote, k.erasedOn, !full,
                LIFECYCLE.allowedFrom(k.status).stream().filter(s -> s != KeyPersonStep.ERASE).toList(), k.version,
                history == null ? null : history.stream().map(HistoryEntry::of).toList());
    }

    private VisitView visitView(KeyPersonVisit v, Reader reader) {
        String finding = keys.decrypt(v.id, KeyPersonVisit.FINDING, v.findingCipher);
        return new VisitView(v.id, v.keyPersonId, v.visitedOn, v.officer, v.kind,
                reader.full() ? finding : Masks.text(finding), v.recordedBy, v.recordedAt);
    }
}
