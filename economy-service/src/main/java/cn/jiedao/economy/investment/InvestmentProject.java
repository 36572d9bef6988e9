package cn.jiedao.economy.investment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 固投项目: a fixed-asset investment project and its monthly declared investment (万元). */
@Entity
public class InvestmentProject extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** 万元 */
    public BigDecimal totalInvestment;

    public LocalDate startDate;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "investment_declaration", joinColumns = @JoinColumn(name = "project_id"))
    public List<Declaration> declarations = new ArrayList<>();

    public OffsetDateTime registeredAt;

    public String registeredBy;

    @Version
    public long version;

    /** One month's declared investment, 万元. */
    @Embeddable
    public static class Declaration {
        public int year;
        public int month;
        public BigDecimal amount;

        public Declaration() {
        }

        public Declaration(int year, int month, BigDecimal amount) {
            this.year = year;
            this.month = month;
            this.amount = amount;
        }
    }
}
