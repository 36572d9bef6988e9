package cn.jiedao.economy.attraction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** 签约仪式, e.g. 总部经济集中签约. */
@Entity
@Table(name = "signing_ceremony")
public class SigningCeremony extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String venue;

    @Enumerated(EnumType.STRING)
    public CeremonyKind kind;

    public String title;
}
