package cn.jiedao.safety.discipline;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.safety.discipline.DisciplineViews.DisciplineFigures;
import cn.jiedao.safety.discipline.DisciplineViews.IntegrityWorks;
import cn.jiedao.safety.discipline.DisciplineViews.Measures;
import cn.jiedao.safety.discipline.DisciplineViews.StudyMeetings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of report section 一.6 for a period (dates inclusive), counted from the records on request: checks,
 * measures by code and by form, distinct persons concerned, recommendations, works, meetings by kind. Counts
 * only: never a person's name.
 */
@ApplicationScoped
public class DisciplineStatistics {

    @Inject
    EntityManager em;

    @Inject
    StreetTime time;

    public DisciplineFigures of(LocalDate from, LocalDate to) {
        long checks = count("select count(c) from SupervisionCheck c where c.checkedOn between :from and :to", from, to);
        long overdue = em.createQuery("select count(c) from SupervisionCheck c where c.status = :required "
                + "and c.rectificationDeadline < :today", Long.class)
                .setParameter("required", SupervisionCheckStatus.RECTIFICATION_REQUIRED)
                .setParameter("today", time.today()).getSingleResult();
        Map<DisciplineMeasure, Long> byMeasure = byKind(DisciplineMeasure.class,
                "select m.measure, count(m) from AccountabilityMeasure m where m.decidedOn between :from and :to "
                        + "group by m.measure", from, to);
        Map<MeasureForm, Long> byForm = byKind(MeasureForm.class,
                "select m.form, count(m) from AccountabilityMeasure m where m.decidedOn between :from and :to "
                        + "group by m.form", from, to);
        long measures = byMeasure.values().stream().mapToLong(Long::longValue).sum();
        long persons = count("select count(distinct m.personHash) from AccountabilityMeasure m "
                + "where m.decidedOn between :from and :to", from, to);
        long recommendations = count("select count(r) from Recommendation r where r.issuedOn between :from and :to",
                from, to);
        Map<IntegrityWorkKind, Long> works = byKind(IntegrityWorkKind.class,
                "select w.kind, count(w) from IntegrityWork w where w.collectedOn between :from and :to "
                        + "group by w.kind", from, to);
        long corners = em.createQuery("select count(c) from ReadingCorner c where c.openedOn <= :to", Long.class)
                .setParameter("to", to).getSingleResult();
        Map<StudyMeetingKind, Long> meetings = byKind(StudyMeetingKind.class,
                "select m.kind, count(m) from StudyMeeting m where m.heldOn between :from and :to group by m.kind",
                from, to);
        return new DisciplineFigures(from, to, checks, overdue, new Measures(measures, byMeasure, byForm), persons,
                recommendations, new IntegrityWorks(sum(works), works), corners, new StudyMeetings(sum(meetings),
                        meetings));
    }

    private long count(String query, LocalDate from, LocalDate to) {
        return em.createQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Every code of {@code type}, with 0 where the period has none. */
    private <E extends Enum<E>> Map<E, Long> byKind(Class<E> type, String query, LocalDate from, LocalDate to) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            counts.put(e, 0L);
        }
        List<Object[]> rows = em.createQuery(query, Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList();
        rows.forEach(row -> counts.put(type.cast(row[0]), (Long) row[1]));
        return counts;
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
