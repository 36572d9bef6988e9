package cn.jiedao.hub.servicerequest;

import cn.jiedao.hub.servicerequest.ServiceRequestViews.AttributeDefinition;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 服务事项: a kind of one-window service as data (an Open311 service definition): the department responsible,
 * the days allowed to complete it and the typed attributes a request of it carries.
 */
@Entity
public class ServiceType extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    /** The department responsible (Open311's agency_responsible). */
    public String department;

    public String description;

    /** Calendar days from receipt to the deadline. */
    public int timeAllowedDays;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AttributeDefinition> attributes;

    public boolean active;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
