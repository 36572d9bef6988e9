package cn.jiedao.economy.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One month's figure of an indicator, exactly as reported (basis says which kind). */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    public int year;

    public int month;

    @Enumerated(EnumType.STRING)
    public ValueBasis basis;

    public BigDecimal value;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;
}
