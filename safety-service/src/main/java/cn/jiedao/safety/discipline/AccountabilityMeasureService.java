package cn.jiedao.safety.discipline;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.audit.AccessAction;
import cn.jiedao.safety.audit.AuditLog;
import cn.jiedao.safety.discipline.DisciplineViews.MeasureView;
import cn.jiedao.safety.discipline.DisciplineViews.Person;
import cn.jiedao.safety.discipline.DisciplineViews.PersonView;
import cn.jiedao.safety.discipline.DisciplineViews.RecordMeasure;
import cn.jiedao.safety.keyperson.KeyPersonKeys;
import cn.jiedao.safety.keyperson.Masks;
import cn.jiedao.safety.keyperson.Reader;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 问责处理: accountability measures about persons concerned. The person's name and resident ID are encrypted with
 * the key persons' keys ({@link KeyPersonKeys}, bound to the row and field), masked for every reader but a
 * discipline officer who states a purpose, and every access is in the audit ({@link AuditLog}) with the record
 * kind {@value #RECORD_KIND}.
 */
@ApplicationScoped
public class AccountabilityMeasureService {

    /** The record kind the audit names. */
    public static final String RECORD_KIND = "AccountabilityMeasure";

    @Inject
    KeyPersonKeys keys;

    @Inject
    AuditLog audit;

    @Transactional
    public MeasureView record(RecordMeasure request, Reader reader) {
        if (request.supervisionCheckId() != null && SupervisionCheck.findById(request.supervisionCheckId()) == null) {
            throw ProblemException.badRequest("supervisionCheckId", "is no supervision check");
        }
        Person person = request.person();
        AccountabilityMeasure m = new AccountabilityMeasure();
        m.id = UUID.randomUUID();
        m.nameCipher = keys.encrypt(m.id, AccountabilityMeasure.NAME, person.name().strip());
        m.residentIdCipher = person.residentId() == null ? null
                : keys.encrypt(m.id, AccountabilityMeasure.RESIDENT_ID, person.residentId().toUpperCase());
        m.unit = person.unit().strip();
        m.personHash = personHash(person);
        m.measure = request.measure();
        m.form = request.measure().form();
        m.decidedOn = request.decidedOn();
        m.reason = request.reason();
        m.supervisionCheckId = request.supervisionCheckId();
        m.caseReference = request.caseReference();
        m.decidedBy = request.decidedBy();
        m.keyId = keys.primaryKeyId();
        m.recordedBy = reader.actor().name();
        m.persist();
        audit.record(reader.accessor(), RECORD_KIND, AccessAction.REGISTER, m.id, written(m), !reader.full(),
                m.measure.name());
        return view(m, reader);
    }

    /**
     * The hash that names the person: the one of an earlier measure about the same person (under any search
     * key, so a key rotation does not split a person), else the hash under the primary key.
     */
    private String personHash(Person person) {
        String identity = identity(person);
        List<String> earlier = AccountabilityMeasure.<AccountabilityMeasure>list("personHash in ?1",
                keys.searchHashes(identity)).stream().map(x -> x.personHash).distinct().toList();
        return earlier.isEmpty() ? keys.searchHash(identity) : earlier.get(0);
    }

    /** The resident ID, or else the name in the unit (a text no resident ID can be). */
    private static String identity(Person person) {
        return person.residentId() != null ? person.residentId().toUpperCase()
                : "name-in-unit:" + person.name().strip() + "\u0000" + person.unit().strip();
    }

    /** One measure; the read is audited with the fields it disclosed in full. */
    @Transactional
    public MeasureView read(UUID id, Reader reader) {
        AccountabilityMeasure m = get(id);
        audit.record(reader.accessor(), RECORD_KIND, AccessAction.READ, m.id, disclosed(m, reader), !reader.full(),
                null);
        return view(m, reader);
    }

    public AccountabilityMeasure get(UUID id) {
        AccountabilityMeasure m = Records.existing(AccountabilityMeasure.class, id, "AccountabilityMeasure");
        return m;
    }

    /** Filters of the list; null means any. */
    public record Filter(DisciplineMeasure measure, MeasureForm form, String unit, UUID supervisionCheckId,
            LocalDate from, LocalDate to) {
    }

    /** A page of measures, latest first, each listed one audited. */
    @Transactional
    public PageResponse<MeasureView> list(Filter f, PageParams paging, Reader reader) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ProblemException.badRequest("to", "must not be before from " + f.from());
        }
        Where where = Where.of().and("measure = :measure", "measure", f.measure())
                .and("form = :form", "form", f.form())
                .and("unit = :unit", "unit", f.unit())
                .and("supervisionCheckId = :check", "check", f.supervisionCheckId())
                .within("decidedOn", f.from(), f.to());
        PageResponse<AccountabilityMeasure> page = Pages.of(AccountabilityMeasure.<AccountabilityMeasure>find(
                where.query(), Sort.descending("decidedOn").and("id"), where.parameters()), paging);
        page.items().forEach(m -> audit.record(reader.accessor(), RECORD_KIND, AccessAction.LIST, m.id,
                disclosed(m, reader), !reader.full(), null));
        return page.map(m -> view(m, reader));
    }

    /**
     * The measures about one person (the same resident ID or, without one, the same name in the unit), found by
     * the keyed hash, latest first; audited whether found or not, never with the person's data.
     */
    @Transactional
    public List<MeasureView> ofPerson(Person person, Reader reader) {
        List<AccountabilityMeasure> found = AccountabilityMeasure.list("personHash in ?1",
                Sort.descending("decidedOn").and("id"), keys.searchHashes(identity(person)));
        if (found.isEmpty()) {
            audit.record(reader.accessor(), RECORD_KIND, AccessAction.SEARCH, null, List.of(), true, "no record found");
        }
        found.forEach(m -> audit.record(reader.accessor(), RECORD_KIND, AccessAction.SEARCH, m.id,
                disclosed(m, reader), !reader.full(), "found by person"));
        return found.stream().map(m -> view(m, reader)).toList();
    }

    private static List<String> written(AccountabilityMeasure m) {
        List<String> fields = new ArrayList<>(List.of(AccountabilityMeasure.NAME));
        if (m.residentIdCipher != null) {
            fields.add(AccountabilityMeasure.RESIDENT_ID);
        }
        return fields;
    }

    private static List<String> disclosed(AccountabilityMeasure m, Reader reader) {
        return reader.full() ? written(m) : List.of();
    }

    private MeasureView view(AccountabilityMeasure m, Reader reader) {
        boolean full = reader.full();
        String name = keys.decrypt(m.id, AccountabilityMeasure.NAME, m.nameCipher);
        String residentId = keys.decrypt(m.id, AccountabilityMeasure.RESIDENT_ID, m.residentIdCipher);
        return new MeasureView(m.id, new PersonView(full ? name : Masks.name(name), m.unit,
                full ? residentId : ResidentIdNumber.mask(residentId)), m.measure, m.form, m.decidedOn, m.reason,
                m.supervisionCheckId, m.caseReference, m.decidedBy, m.recordedBy, !full, m.version);
    }
}
