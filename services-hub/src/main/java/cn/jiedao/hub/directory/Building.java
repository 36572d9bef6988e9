package cn.jiedao.hub.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 楼栋 of a grid, with where it stands (for the 15-minute circle). */
@Entity
public class Building extends PanacheEntityBase {

    @Id
    public UUID id;

    public String gridCode;

    public String name;

    public String address;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public Integer households;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
