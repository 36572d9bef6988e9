package cn.jiedao.mediation.statistics;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.mediation.dispute.Dispute;
import cn.jiedao.mediation.dispute.DisputeCategory;
import cn.jiedao.mediation.dispute.DisputeService;
import cn.jiedao.mediation.dispute.DisputeStatus;
import cn.jiedao.mediation.dispute.IntakeChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures the work report quotes, counted from the records: disputes received in a period (days of
 * receipt in Asia/Shanghai, inclusive) by category, channel and status, police referrals, warning letters
 * issued in the period, resolution rate, median days to conclusion, how many are overdue today, and how many a
 * volunteer team helped settle (from hub.volunteer-events).
 */
@ApplicationScoped
public class MediationStatistics {

    @Schema(name = "MediationStatistics")
    public record Figures(
            LocalDate from, LocalDate to,
            @Schema(example = "2564") long total,
            Map<DisputeCategory, Long> byCategory,
            Map<IntakeChannel, Long> byChannel,
            Map<DisputeStatus, Long> byStatus,
            PoliceReferrals policeReferrals,
            WarningLetters warningLetters,
            @Schema(description = "RESOLVED among concluded disputes, 0..1, 4 decimals; null when none concluded", example = "0.9500")
            BigDecimal resolutionRate,
            @Schema(description = "Median days from receipt to conclusion, 1 decimal (from days counted in tenths, rounded down); null when none concluded", example = "6.5")
            BigDecimal medianDaysToConclusion,
            @Schema(description = "Disputes of the period past their acceptance or conclusion deadline today") long overdue,
            @Schema(description = "Disputes of the period a volunteer team helped settle (a VOLUNTEER_HELP step in their history)",
                    example = "51") long disputesHelpedByVolunteers) {
    }

    @Schema(name = "PoliceReferralFigures")
    public record PoliceReferrals(@Schema(example = "115") long received,
            @Schema(description = "Concluded, whatever the outcome (closed after a follow-up visit included)", example = "105") long concluded) {
    }

    @Schema(name = "WarningLetterFigures")
    public record WarningLetters(@Schema(example = "32") long received,
            @Schema(description = "Issued in the period and not yet answered") long open) {
    }

    @Inject
    EntityManager em;

    @Inject
    DisputeService disputes;

    @Inject
    StreetTime time;

    @Transactional
    public Figures figures(LocalDate from, LocalDate to) {
        StreetTime.Interval period = time.days(from, to);
        OffsetDateTime start = period.from();
        OffsetDateTime end = period.until();

        Map<DisputeCategory, Long> byCategory = zeros(DisputeCategory.values());
        Map<IntakeChannel, Long> byChannel = zeros(IntakeChannel.values());
        Map<DisputeStatus, Long> byStatus = zeros(DisputeStatus.values());
        long total = 0;
        long referralsReceived = 0;
        long referralsConcluded = 0;
        long concluded = 0;
        long resolved = 0;
        Counted counted = counted(from, to);
        for (Object[] row : counted.rows("""
                select category, channel, status, count(*), count(concluded_at),
                       count(*) filter (where concluded_at is not null and outcome = 'RESOLVED')
                from dispute where %s group by category, channel, status""", """
                select category, channel, status, disputes, concluded, resolved from dispute_month_count
                where month >= ?5 and month < ?6""", 3, 6)) {
            long n = ((Number) row[3]).longValue();
            long c = ((Number) row[4]).longValue();
            IntakeChannel channel = IntakeChannel.valueOf((String) row[1]);
            byCategory.merge(DisputeCategory.valueOf((String) row[0]), n, Long::sum);
            byChannel.merge(channel, n, Long::sum);
            byStatus.merge(DisputeStatus.valueOf((String) row[2]), n, Long::sum);
            total += n;
            concluded += c;
            resolved += ((Number) row[5]).longValue();
            if (channel == IntakeChannel.POLICE_REFERRAL) {
                referralsReceived += n;
                referralsConcluded += c;
            }
        }
        BigDecimal resolutionRate = concluded == 0 ? null
                : BigDecimal.valueOf(resolved).divide(BigDecimal.valueOf(concluded), 4, RoundingMode.HALF_UP);
        List<Object[]> tenths = counted.rows("""
                select dispute_tenths(received_at, concluded_at), count(*) from dispute
                where concluded_at is not null and (%s) group by 1""", """
                select tenths, disputes from dispute_month_conclusion where month >= ?5 and month < ?6""", 1, 2);
        BigDecimal median = median(tenths);

        Object[] letters = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where responded_at is null) from warning_letter
                where issued_on between ?1 and ?2""")
                .setParameter(1, from).setParameter(2, to).getSingleResult();

        // Only open disputes can be overdue: the condition lets PostgreSQL start from the few of them (index on
        // status) instead of every dispute received in the period.
        var overdueQuery = em.createQuery("select count(d) from Dispute d where d.status in ("
                + "cn.jiedao.mediation.dispute.DisputeStatus.RECEIVED, cn.jiedao.mediation.dispute.DisputeStatus.ACCEPTED)"
                + " and d.receivedAt >= :start and d.receivedAt < :end and ("
                + DisputeService.OVERDUE + ")", Long.class).setParameter("start", start).setParameter("end", end);
        disputes.overdueParameters(disputes.today()).forEach(overdueQuery::setParameter);

        // The disputes a volunteer team helped, kept by V48's triggers as VOLUNTEER_HELP steps are written.
        Object[] helped = rows("""
                select count(*), 0 from dispute_volunteer_help where received_at >= ?1 and received_at < ?2""",
                start, end).get(0);

        return new Figures(from, to, total, byCategory, byChannel, byStatus,
                new PoliceReferrals(referralsReceived, referralsConcluded),
                new WarningLetters(((Number) letters[0]).longValue(), ((Number) letters[1]).longValue()),
                resolutionRate, median, overdueQuery.getSingleResult(), ((Number) helped[0]).longValue());
    }

    /**
     * Where a period's counts come from: the kept counts ({@code dispute_month_count},
     * {@code dispute_month_conclusion}, migration V46) for its whole months, {@code dispute} itself for the
     * days before the first and after the last whole month. When the street's zone is not the one the counts
     * are kept in, all of it from {@code dispute}.
     */
    record Counted(EntityManager em, OffsetDateTime start, OffsetDateTime wholeStart, OffsetDateTime wholeEnd,
            OffsetDateTime end, LocalDate firstMonth, LocalDate endMonth) {

        /**
         * {@code counting} (its {@code %s} the condition on received_at, parameters ?1..?4) for the days
         * outside whole months, and {@code kept} (parameters ?5, ?6: the first month and the month after the
         * last) for the whole months, each with {@code total} columns, summed per the first {@code columns}.
         */
        @SuppressWarnings("unchecked")
        List<Object[]> rows(String counting, String kept, int columns, int total) {
            String days = "(received_at >= ?1 and received_at < ?2) or (received_at >= ?3 and received_at < ?4)";
            String sql = firstMonth.isBefore(endMonth) ? counting.formatted(days) + " union all " + kept
                    : counting.formatted(days);
            StringBuilder sums = new StringBuilder();
            for (int i = columns + 1; i <= total; i++) {
                sums.append(", sum(c").append(i).append(')');
            }
            StringBuilder names = new StringBuilder();
            for (int i = 1; i <= total; i++) {
                names.append(i == 1 ? "" : ", ").append('c').append(i);
            }
            StringBuilder groups = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                groups.append(i == 1 ? "" : ", ").append('c').append(i);
            }
            var query = em.createNativeQuery("select " + groups + sums + " from (" + sql + ") as counted (" + names
                    + ") group by " + groups)
                    .setParameter(1, start).setParameter(2, wholeStart).setParameter(3, wholeEnd).setParameter(4, end);
            if (firstMonth.isBefore(endMonth)) {
                query.setParameter(5, firstMonth).setParameter(6, endMonth);
            }
            return query.getResultList();
        }
    }

    /** The zone dispute_month() keeps the counts in. */
    static final java.time.ZoneId KEPT_IN = java.time.ZoneId.of("Asia/Shanghai");

    private Counted counted(LocalDate from, LocalDate to) {
        StreetTime.Interval period = time.days(from, to);
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
        LocalDate endMonth = to.plusDays(1).withDayOfMonth(1);
        if (!firstMonth.isBefore(endMonth) || !KEPT_IN.equals(time.zone())) {
            // no whole month (or counts kept in another zone): every day from dispute
            return new Counted(em, period.from(), period.until(), period.until(), period.until(), endMonth, endMonth);
        }
        return new Counted(em, period.from(), time.days(firstMonth, firstMonth).from(),
                time.days(endMonth, endMonth).from(), period.until(), firstMonth, endMonth);
    }

    /**
     * The median of days to conclusion from counts by tenths of a day (rounded down), as percentile_cont
     * interpolates it: null when none concluded.
     */
    static BigDecimal median(List<Object[]> tenths) {
        java.util.TreeMap<Integer, Long> counts = new java.util.TreeMap<>();
        long n = 0;
        for (Object[] row : tenths) {
            long c = ((Number) row[1]).longValue();
            if (c != 0) {
                counts.merge(((Number) row[0]).intValue(), c, Long::sum);
                n += c;
            }
        }
        if (n == 0) {
            return null;
        }
        double position = (n - 1) / 2.0;
        long lower = (long) Math.floor(position);
        long upper = (long) Math.ceil(position);
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (low == null && seen > lower) {
                low = e.getKey();
            }
            if (seen > upper) {
                high = e.getKey();
                break;
            }
        }
        double value = (low + (high - low) * (position - lower)) / 10.0;
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, OffsetDateTime start, OffsetDateTime end) {
        return em.createNativeQuery(sql).setParameter(1, start).setParameter(2, end).getResultList();
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(E[] values) {
        Map<E, Long> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(e, 0L);
        }
        return map;
    }
}
