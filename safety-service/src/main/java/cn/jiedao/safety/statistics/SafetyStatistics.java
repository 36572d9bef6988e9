package cn.jiedao.safety.statistics;

import cn.jiedao.kernel.figures.Ratios;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.keyperson.KeyPersonCategory;
import cn.jiedao.safety.keyperson.KeyPersonStatistics;
import cn.jiedao.safety.hazard.HazardStatus;
import cn.jiedao.safety.outreach.OutreachKind;
import cn.jiedao.safety.outreach.TelecomFraudMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The safety figures of a period, computed from the records on every request (never stored). */
@ApplicationScoped
public class SafetyStatistics {

    @Inject
    EntityManager em;

    @Inject
    StreetTime time;

    @Inject
    KeyPersonStatistics keyPersonStatistics;

    public record Hazards(
            @Schema(description = "hazards found in the period") long found,
            @Schema(description = "of them, closed fixed (by today)") long closedFixed,
            @Schema(description = "of them, closed without a fix") long closedUnfixed,
            @Schema(description = "of them, unclosed and past their deadline on the period's last day") long overdue,
            @Schema(description = "of them, major") long major,
            @Schema(description = "found, by domain") Map<HazardDomain, Long> byDomain,
            @Schema(description = "every month of the period, first to last, for charts") List<HazardMonth> byMonth) {
    }

    public record HazardMonth(
            @Schema(example = "2023-05") String month,
            @Schema(description = "hazards found in the month (within the period)") long found,
            @Schema(description = "hazards closed in the month (within the period), fixed or not, whenever found")
            long closed) {
    }

    public record Outreach(long events, long attendance, Map<OutreachKind, Long> byKind) {
    }

    public record TelecomFraud(
            @Schema(description = "cases in the months of the period the police reported") long cases,
            @Schema(description = "the same months a year before") Long sameMonthsLastYear,
            @Schema(description = "year on year, percent with one decimal; null where a month lacks its "
                    + "figure of last year") BigDecimal yoyPercent,
            @Schema(description = "months of the period with a reported figure") int monthsReported) {
    }

    public record IllegalConstruction(
            @Schema(description = "structures demolished in the period") long demolished,
            @Schema(description = "their area, m²") BigDecimal demolishedAreaSquareMetres,
            @Schema(description = "cases opened in the period") long opened,
            @Schema(description = "of them, opened from residents' complaints") long fromComplaints) {
    }

    public record KeyPersons(
            @Schema(description = "under supervision on the period's last day, by category (counts only)")
            Map<KeyPersonCategory, Long> underSupervision,
            @Schema(description = "visits made in the period") long visits,
            @Schema(description = "of them, on time for the person's category and risk level") long visitsOnTime) {
    }

    public record Statistics(LocalDate from, LocalDate to, long drills, long drillParticipants, Hazards hazards,
            KeyPersons keyPersons,
            @Schema(description = "visits on time, percent with one decimal; null without visits")
            BigDecimal visitsOnTimePercent,
            IllegalConstruction illegalConstruction, Outreach outreachEvents, TelecomFraud telecomFraudCases) {
    }

    public Statistics of(LocalDate from, LocalDate to) {
        KeyPersonStatistics.VisitsOnTime visits = keyPersonStatistics.visitsOnTime(from, to);
        return new Statistics(from, to, count("select count(d) from Drill d where d.heldOn between :from and :to",
                from, to), count("select coalesce(sum(d.participants), 0) from Drill d "
                        + "where d.heldOn between :from and :to", from, to),
                hazards(from, to), keyPersons(visits, to), visits.percent(), illegalConstruction(from, to),
                outreach(from, to), fraud(from, to));
    }

    private KeyPersons keyPersons(KeyPersonStatistics.VisitsOnTime visits, LocalDate to) {
        return new KeyPersons(keyPersonStatistics.underSupervision(to), visits.visits(), visits.onTime());
    }

    private IllegalConstruction illegalConstruction(LocalDate from, LocalDate to) {
        Object[] demolished = em.createQuery("select count(c), coalesce(sum(c.demolishedAreaM2), 0) "
                + "from IllegalConstructionCase c where c.demolishedOn between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] opened = em.createQuery("select count(c), coalesce(sum(case when c.source = :complaint then 1 else 0 "
                + "end), 0) from IllegalConstructionCase c where c.openedAt >= :start and c.openedAt < :end",
                Object[].class).setParameter("complaint", cn.jiedao.safety.construction.CaseSource.COMPLAINT)
                .setParameter("start", time.startOf(from)).setParameter("end", time.startOf(to.plusDays(1)))
                .getSingleResult();
        return new IllegalConstruction((Long) demolished[0], Ratios.plain((BigDecimal) demolished[1]),
                (Long) opened[0], ((Number) opened[1]).longValue());
    }

    private Hazards hazards(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select h.domain, h.status, h.severity, "
                + "case when h.deadline < :end and h.status in :unclosed then true else false end, count(h) "
                + "from Hazard h where h.foundOn between :from and :to group by 1, 2, 3, 4", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("end", to)
                .setParameter("unclosed", List.of(HazardStatus.OPEN, HazardStatus.RECTIFICATION_REPORTED))
                .getResultList();
        Map<HazardDomain, Long> byDomain = new EnumMap<>(HazardDomain.class);
        long found = 0;
        long fixed = 0;
        long unfixed = 0;
        long overdue = 0;
        long major = 0;
        for (Object[] row : rows) {
            long n = (Long) row[4];
            found += n;
            byDomain.merge((HazardDomain) row[0], n, Long::sum);
            fixed += row[1] == HazardStatus.CLOSED_FIXED ? n : 0;
            unfixed += row[1] == HazardStatus.CLOSED_UNFIXED ? n : 0;
            major += row[2] == cn.jiedao.safety.hazard.HazardSeverity.MAJOR ? n : 0;
            overdue += Boolean.TRUE.equals(row[3]) ? n : 0;
        }
        return new Hazards(found, fixed, unfixed, overdue, major, byDomain, byMonth(from, to));
    }

    private List<HazardMonth> byMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, Long> found = perMonth("select h.foundOn, count(h) from Hazard h "
                + "where h.foundOn between :from and :to group by h.foundOn", from, to);
        Map<YearMonth, Long> closed = perMonth("select h.closedOn, count(h) from Hazard h "
                + "where h.closedOn between :from and :to group by h.closedOn", from, to);
        List<HazardMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(new HazardMonth(m.toString(), found.getOrDefault(m, 0L), closed.getOrDefault(m, 0L)));
        }
        return months;
    }

    private Map<YearMonth, Long> perMonth(String jpqlByDay, LocalDate from, LocalDate to) {
        Map<YearMonth, Long> months = new java.util.HashMap<>();
        em.createQuery(jpqlByDay, Object[].class).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> months.merge(YearMonth.from((LocalDate) row[0]), (Long) row[1], Long::sum));
        return months;
    }

    private Outreach outreach(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select e.kind, count(e), sum(e.attendance) from OutreachEvent e "
                + "where e.heldOn between :from and :to group by e.kind", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<OutreachKind, Long> byKind = new EnumMap<>(OutreachKind.class);
        long events = 0;
        long attendance = 0;
        for (Object[] row : rows) {
            byKind.put((OutreachKind) row[0], (Long) row[1]);
            events += (Long) row[1];
            attendance += (Long) row[2];
        }
        return new Outreach(events, attendance, byKind);
    }

    /** The reported months that lie wholly in the period, against the same months a year before. */
    private TelecomFraud fraud(LocalDate from, LocalDate to) {
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        Map<String, Integer> cases = new java.util.HashMap<>();
        TelecomFraudMonth.<TelecomFraudMonth>list("month between ?1 and ?2", first.minusYears(1).toString(),
                last.toString()).forEach(m -> cases.put(m.month, m.cases));
        long total = 0;
        long lastYear = 0;
        boolean comparable = true;
        int reported = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Integer now = cases.get(m.toString());
            if (now == null) {
                continue;
            }
            reported++;
            total += now;
            Integer before = cases.get(m.minusYears(1).toString());
            if (before == null) {
                comparable = false;
            } else {
                lastYear += before;
            }
        }
        boolean known = comparable && reported > 0;
        return new TelecomFraud(total, known ? lastYear : null,
                known ? Ratios.growthPercent(total, lastYear, 1) : null, reported);
    }

    private long count(String jpql, LocalDate from, LocalDate to) {
        return ((Number) em.createQuery(jpql).setParameter("from", from).setParameter("to", to).getSingleResult())
                .longValue();
    }
}
