package cn.jiedao.safety.keyperson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 走访: a visit to a key person; the finding is encrypted like the person's fields. */
@Entity
public class KeyPersonVisit extends PanacheEntityBase {

    public static final String FINDING = "finding";

    @Id
    public UUID id;

    public UUID keyPersonId;

    public LocalDate visitedOn;

    public String officer;

    @Enumerated(EnumType.STRING)
    public VisitKind kind;

    public String findingCipher;

    public Long keyId;

    public String recordedBy;

    public OffsetDateTime recordedAt;
}
