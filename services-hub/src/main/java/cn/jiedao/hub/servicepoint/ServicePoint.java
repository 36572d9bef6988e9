package cn.jiedao.hub.servicepoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 服务阵地: where residents are served, with its opening hours and the staff it needs on duty while open. */
@Entity
public class ServicePoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ServicePointType type;

    public String name;

    public String communityCode;

    public String address;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<OpeningInterval> openingHours;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> services;

    public int staffRequired;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
