package cn.jiedao.hub.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** 网格, known by its 15-digit code, which begins with its community's. */
@Entity
public class Grid extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String communityCode;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
