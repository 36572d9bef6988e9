package cn.jiedao.economy.attraction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** 利用内资项目: a domestic-capital project; total investment in 万元. */
@Entity
public class DomesticCapitalProject extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String investor;

    public BigDecimal totalInvestment;

    public String industryCode;

    public LocalDate signedOn;
}
