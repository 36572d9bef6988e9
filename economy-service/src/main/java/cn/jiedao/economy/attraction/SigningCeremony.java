package cn.jiedao.economy.attraction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** 签约仪式, e.g. 总部经济集中签约. */
@Entity
public class SigningCeremony extends PanacheEntityBase {

    @Id
    public UUID id;

    public LocalDate heldOn;

    public String venue;

    @Enumerated(EnumType.STRING)
    public CeremonyKind kind;

    public String title;
}
