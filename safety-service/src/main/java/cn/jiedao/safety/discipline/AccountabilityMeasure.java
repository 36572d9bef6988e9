package cn.jiedao.safety.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 问责处理: a measure of the four forms about a person concerned. The name and resident ID ({@code …Cipher}) are
 * ciphertexts of {@link cn.jiedao.safety.keyperson.KeyPersonKeys}, never plaintext.
 */
@Entity
public class AccountabilityMeasure extends PanacheEntityBase {

    /** The encrypted fields' names: the associated data of their ciphertexts and what the audit names. */
    public static final String NAME = "person.name";
    public static final String RESIDENT_ID = "person.residentId";

    @Id
    public UUID id;

    public String nameCipher;

    public String residentIdCipher;

    /** The person's unit (工作单位), in the clear: it is not personal on its own. */
    public String unit;

    /** Which measures concern the same person: a keyed hash of the resident ID, or of the name in the unit. */
    public String personHash;

    @Enumerated(EnumType.STRING)
    public DisciplineMeasure measure;

    @Enumerated(EnumType.STRING)
    public MeasureForm form;

    public LocalDate decidedOn;

    public String reason;

    /** The supervision check it arose from, if any. */
    public UUID supervisionCheckId;

    /** The case it arose from (案件编号), if any. */
    public String caseReference;

    /** Who decided it (the body or person, e.g. 街道纪工委). */
    public String decidedBy;

    /** The key that wrote the ciphertexts. */
    public long keyId;

    public String recordedBy;

    @Version
    public long version;
}
