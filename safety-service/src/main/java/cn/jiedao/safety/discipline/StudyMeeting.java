package cn.jiedao.safety.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** 学习会: a study meeting (theory, business exchange, discipline lecture, case exchange). */
@Entity
public class StudyMeeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public StudyMeetingKind kind;

    public LocalDate heldOn;

    public String topic;

    public int attendance;
}
