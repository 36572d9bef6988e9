package cn.jiedao.safety.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the access audit: who, when, what, which record, which fields in full, for what purpose. */
@Entity
@Table(name = "access_audit")
public class AccessRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public OffsetDateTime at;

    public String actor;

    /** The caller's roles when it acted, comma-separated. */
    public String roles;

    @Enumerated(EnumType.STRING)
    public AccessAction action;

    /** The kind of record: {@code KeyPerson}, {@code AccountabilityMeasure}. */
    public String recordKind;

    /** The record's id, whatever its kind; null for a search that found nothing or a run over every record. */
    public UUID recordId;

    /** A key person's entries only: the record's id, as {@link #recordId}. */
    public UUID keyPersonId;

    /** The personal fields the access disclosed in full or wrote, comma-separated; empty for a masked read. */
    public String fields;

    /** Whether the caller was answered with masked fields. */
    public boolean masked;

    /** The purpose the caller stated (X-Access-Purpose), decoded. */
    public String purpose;

    /** What else the entry needs to be read: a count, a closure reason. Never a personal value. */
    public String detail;
}
