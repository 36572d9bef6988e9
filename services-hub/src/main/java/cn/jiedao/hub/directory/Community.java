package cn.jiedao.hub.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** 社区, known by its 12-digit code. */
@Entity
public class Community extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
