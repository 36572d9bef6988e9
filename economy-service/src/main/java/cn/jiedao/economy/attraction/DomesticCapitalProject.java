package cn.jiedao.economy.attraction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** 利用内资项目: a domestic-capital project; total investment in 万元. */
@Entity
@Table(name = "domestic_capital_project")
public class DomesticCapitalProject extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String investor;

    @Column(name = "total_investment")
    public BigDecimal totalInvestment;

    @Column(name = "industry_code")
    public String industryCode;

    @Column(name = "signed_on")
    public LocalDate signedOn;
}
