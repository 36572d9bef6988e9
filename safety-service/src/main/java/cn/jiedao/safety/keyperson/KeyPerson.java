package cn.jiedao.safety.keyperson;

import cn.jiedao.eventing.records.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 重点人员: a person under the street's supervision. The personal fields ({@code …Cipher}) hold ciphertexts of
 * {@link KeyPersonKeys}, never plaintext; {@link KeyPersonService} encrypts and decrypts them.
 */
@Entity
public class KeyPerson extends PanacheEntityBase implements Stateful<KeyPersonStatus> {

    /** The encrypted fields' names: the associated data of their ciphertexts and what the audit names. */
    public static final String NAME = "name";
    public static final String RESIDENT_ID = "residentId";
    public static final String PHONE = "phone";
    public static final String ADDRESS = "address";
    public static final String GUARDIAN_NAME = "guardian.name";
    public static final String GUARDIAN_PHONE = "guardian.phone";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public KeyPersonCategory category;

    @Enumerated(EnumType.STRING)
    public KeyPersonStatus status;

    public String nameCipher;

    public String residentIdCipher;

    /** The keyed hash of the resident ID, prefixed with the search key's id. */
    public String residentIdHash;

    public String phoneCipher;

    public String addressCipher;

    public String gridCode;

    @Enumerated(EnumType.STRING)
    public RiskLevel riskLevel;

    /** 包案人: the officer answerable for this person. */
    public String responsibleOfficer;

    public String guardianNameCipher;

    public String guardianPhoneCipher;

    public String guardianRelation;

    public LocalDate termStart;

    public LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    public SupervisionLevel supervisionLevel;

    @Enumerated(EnumType.STRING)
    public DrugControlStatus controlStatus;

    public LocalDate registeredOn;

    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    public ClosureReason closureReason;

    public String closureNote;

    public LocalDate erasedOn;

    /** The key that wrote the ciphertexts; null once erased. */
    public Long keyId;

    @Version
    public long version;

    @Override
    public KeyPersonStatus state() {
        return status;
    }

    @Override
    public void state(KeyPersonStatus state) {
        status = state;
    }

    @Override
    public long version() {
        return version;
    }
}
