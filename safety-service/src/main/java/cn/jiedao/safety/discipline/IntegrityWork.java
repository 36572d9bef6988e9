package cn.jiedao.safety.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** 廉洁文化作品: a work collected (an object, an art creation, a video). */
@Entity
public class IntegrityWork extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public IntegrityWorkKind kind;

    public String title;

    public String author;

    public LocalDate collectedOn;
}
