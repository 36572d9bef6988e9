package cn.jiedao.hub.servicerequest;

import cn.jiedao.eventing.records.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 一窗受理的办件: a resident's request at the window, of one service type, in one of the five modes. */
@Entity
public class ServiceRequest extends PanacheEntityBase implements Stateful<ServiceRequestStatus> {

    @Id
    public UUID id;

    /** YC-2023-00001. */
    public String requestNo;

    public UUID serviceTypeId;

    @Enumerated(EnumType.STRING)
    public ServiceMode mode;

    public String applicantName;

    public String applicantPhone;

    public String applicantIdNumber;

    /** The values of the type's attributes, by attribute code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> attributes;

    public String description;

    public String gridCode;

    @Enumerated(EnumType.STRING)
    public ServiceRequestStatus status;

    public OffsetDateTime receivedAt;

    /** When the request was entered; {@link #receivedAt} is when the window received it (earlier after the fact). */
    public OffsetDateTime recordedAt;

    /** The day of receipt plus the type's time allowed (Open311's expected_datetime). */
    public LocalDate deadline;

    public OffsetDateTime acceptedAt;

    public OffsetDateTime completedAt;

    public LocalDate completedOn;

    public String outcome;

    public String rejectionReason;

    public String referredTo;

    public String receivedBy;

    @Version
    public long version;

    @Override
    public ServiceRequestStatus state() {
        return status;
    }

    @Override
    public void state(ServiceRequestStatus state) {
        status = state;
    }

    @Override
    public long version() {
        return version;
    }
}
