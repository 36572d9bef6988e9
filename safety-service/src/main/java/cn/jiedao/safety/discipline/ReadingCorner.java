package cn.jiedao.safety.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** 勤廉书屋: a reading corner at a service point of services-hub (a city study room, a neighbourhood centre). */
@Entity
public class ReadingCorner extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** The services-hub service point it is in, by its code. */
    public String servicePointCode;

    public LocalDate openedOn;

    public Integer books;
}
