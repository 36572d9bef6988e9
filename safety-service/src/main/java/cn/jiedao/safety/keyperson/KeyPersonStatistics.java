package cn.jiedao.safety.keyperson;

import cn.jiedao.kernel.figures.Ratios;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Figures of the key-person registry, counted from the records (erased ones included: their category and dates
 * stay), never stored and never a personal field.
 */
@ApplicationScoped
public class KeyPersonStatistics {

    @Inject
    EntityManager em;

    @Inject
    KeyPersonService people;

    /** Visits of a period, how many came on time, and that as a percent with one decimal (null without visits). */
    public record VisitsOnTime(LocalDate from, LocalDate to, long visits, long onTime, BigDecimal percent) {
    }

    /** How many were under supervision on {@code asOf} (registered by then and not closed by then), by category. */
    public Map<KeyPersonCategory, Long> underSupervision(LocalDate asOf) {
        Map<KeyPersonCategory, Long> counts = new EnumMap<>(KeyPersonCategory.class);
        for (KeyPersonCategory category : KeyPersonCategory.values()) {
            counts.put(category, 0L);
        }
        em.createQuery("select k.category, count(k) from KeyPerson k where k.registeredOn <= :asOf "
                        + "and (k.closedOn is null or k.closedOn > :asOf) group by k.category", Object[].class)
                .setParameter("asOf", asOf).getResultList()
                .forEach(row -> counts.put((KeyPersonCategory) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The visits made from {@code from} to {@code to} (inclusive) and how many were on time: no later than the
     * previous visit (or the registration) plus the interval of the person's category and current risk level.
     */
    public VisitsOnTime visitsOnTime(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends " + to + " before it begins " + from);
        }
        Map<UUID, KeyPerson> persons = new HashMap<>();
        Map<UUID, List<LocalDate>> visits = new HashMap<>();
        em.createQuery("select k, v.visitedOn from KeyPersonVisit v, KeyPerson k where k.id = v.keyPersonId "
                        + "and v.visitedOn <= :to order by v.visitedOn", Object[].class)
                .setParameter("to", to).getResultList().forEach(row -> {
                    KeyPerson k = (KeyPerson) row[0];
                    persons.put(k.id, k);
                    visits.computeIfAbsent(k.id, id -> new ArrayList<>()).add((LocalDate) row[1]);
                });
        long total = 0;
        long onTime = 0;
        for (Map.Entry<UUID, List<LocalDate>> e : visits.entrySet()) {
            KeyPerson k = persons.get(e.getKey());
            LocalDate previous = k.registeredOn;
            for (LocalDate visit : e.getValue()) {
                if (!visit.isBefore(from)) {
                    total++;
                    if (!visit.isAfter(people.intervals().due(k.category, k.riskLevel, previous))) {
                        onTime++;
                    }
                }
                previous = visit;
            }
        }
        return new VisitsOnTime(from, to, total, onTime, Ratios.percent(onTime, total, 1));
    }
}
