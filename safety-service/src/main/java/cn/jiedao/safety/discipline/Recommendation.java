package cn.jiedao.safety.discipline;

import cn.jiedao.eventing.records.Stateful;
import cn.jiedao.kernel.lifecycle.Lifecycle;
import cn.jiedao.kernel.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** 纪律检查建议书: a recommendation issued to a unit, answered by it. */
@Entity
@Table(name = "discipline_recommendation")
public class Recommendation extends PanacheEntityBase implements Stateful<RecommendationStatus> {

    /** Issued, then answered; a discipline officer records the answer. */
    public static final Lifecycle<RecommendationStatus, RecommendationStep> LIFECYCLE =
            Lifecycle.of("Recommendation", RecommendationStatus.class, RecommendationStep.class)
                    .step(RecommendationStep.ANSWER, Set.of(RecommendationStatus.ISSUED), RecommendationStatus.ANSWERED,
                            Roles.DISCIPLINE_OFFICER)
                    .build();

    @Id
    public UUID id;

    /** Its number, e.g. 八纪建〔2023〕1号. */
    public String number;

    public String unit;

    public LocalDate issuedOn;

    public String content;

    public LocalDate answerDueOn;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    public String answer;

    public LocalDate answeredOn;

    @Version
    public long version;

    @Override
    public RecommendationStatus state() {
        return status;
    }

    @Override
    public void state(RecommendationStatus state) {
        status = state;
    }

    @Override
    public long version() {
        return version;
    }
}
