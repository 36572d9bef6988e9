package cn.jiedao.hub.newemployment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A station serving couriers and delivery riders (新就业群体驿站): rest, water, charging, a microwave. */
@Entity
public class NewEmploymentStation extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String communityCode;

    public String address;

    /** The service point it belongs to (a red station, a city service station), if any. */
    public UUID servicePointId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> services;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
