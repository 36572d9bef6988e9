package cn.jiedao.economy.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** An economic indicator (一般预算收入, 限上批发业销售额, …): reference data, more can be added. */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public IndicatorUnit unit;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
