package cn.jiedao.economy.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The history of a target (month null) or monthly value: who changed it, when, from what to what. */
@Entity
public class IndicatorCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String indicatorCode;

    public int year;

    public Integer month;

    @Enumerated(EnumType.STRING)
    public ValueBasis oldBasis;

    public BigDecimal oldValue;

    @Enumerated(EnumType.STRING)
    public ValueBasis newBasis;

    public BigDecimal newValue;

    public String changedBy;

    public OffsetDateTime changedAt;
}
