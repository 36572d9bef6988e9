package cn.jiedao.economy.attraction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** 签约项目: a project signed, usually at a ceremony; registered capital in 万元. */
@Entity
@Table(name = "signed_project")
public class SignedProject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ceremony_id")
    public UUID ceremonyId;

    public String name;

    public String investor;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "registered_capital")
    public BigDecimal registeredCapital;

    @Column(name = "industry_code")
    public String industryCode;

    @Column(name = "signed_on")
    public LocalDate signedOn;
}
