package cn.jiedao.economy.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One month's figure of an indicator, exactly as reported (basis says which kind). */
@Entity
public class IndicatorValue extends IndicatorFigure {

    public int month;

    @Enumerated(EnumType.STRING)
    public ValueBasis basis;
}
