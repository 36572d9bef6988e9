package cn.jiedao.economy.attraction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** 签约项目: a project signed, usually at a ceremony; registered capital in 万元. */
@Entity
public class SignedProject extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ceremonyId;

    public String name;

    public String investor;

    public String creditCode;

    public BigDecimal registeredCapital;

    public String industryCode;

    public LocalDate signedOn;
}
