package cn.jiedao.economy.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A figure of an indicator for a year, as people record and correct it: a target or a month's value. */
@MappedSuperclass
public abstract class IndicatorFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String indicatorCode;

    public int year;

    public BigDecimal value;

    public OffsetDateTime updatedAt;

    public String updatedBy;

    @Version
    public long version;
}
