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
            @Schema(description = "Median days from receipt to conclusion, 1 decimal; null when none concluded", example = "6.5")
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
        for (Object[] row : rows("""
                select category, channel, status, count(*) from dispute
                where received_at >= ?1 and received_at < ?2 group by category, channel, status""", start, end)) {
            long n = ((Number) row[3]).longValue();
            byCategory.merge(DisputeCategory.valueOf((String) row[0]), n, Long::sum);
            byChannel.merge(IntakeChannel.valueOf((String) row[1]), n, Long::sum);
            byStatus.merge(DisputeStatus.valueOf((String) row[2]), n, Long::sum);
            total += n;
        }

        Object[] referrals = rows("""
                select count(*), count(concluded_at) from dispute
                where received_at >= ?1 and received_at < ?2 and channel = 'POLICE_REFERRAL'""", start, end).get(0);

        Object[] conclusions = rows("""
                select count(*), count(*) filter (where outcome = 'RESOLVED'),
                       percentile_cont(0.5) within group (order by extract(epoch from concluded_at - received_at) / 86400.0)
                from dispute where received_at >= ?1 and received_at < ?2 and concluded_at is not null""", start, end).get(0);
        long concluded = ((Number) conclusions[0]).longValue();
        BigDecimal resolutionRate = concluded == 0 ? null
                : BigDecimal.valueOf(((Number) conclusions[1]).longValue()).divide(BigDecimal.valueOf(concluded), 4,
                        RoundingMode.HALF_UP);
        BigDecimal median = conclusions[2] == null ? null
                : new BigDecimal(conclusions[2].toString()).setScale(1, RoundingMode.HALF_UP);

        Object[] letters = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where responded_at is null) from warning_letter
                where issued_on between ?1 and ?2""")
                .setParameter(1, from).setParameter(2, to).getSingleResult();

        var overdueQuery = em.createQuery("select count(d) from Dispute d where d.receivedAt >= :start and d.receivedAt < :end and ("
                + DisputeService.OVERDUE + ")", Long.class).setParameter("start", start).setParameter("end", end);
        disputes.overdueParameters(disputes.today()).forEach(overdueQuery::setParameter);

        Object[] helped = rows("""
                select count(*), 0 from dispute d where d.received_at >= ?1 and d.received_at < ?2
                and exists (select 1 from lifecycle_step s where s.record_type = 'Dispute'
                            and s.record_id = d.id::text and s.action = 'VOLUNTEER_HELP')""", start, end).get(0);

        return new Figures(from, to, total, byCategory, byChannel, byStatus,
                new PoliceReferrals(((Number) referrals[0]).longValue(), ((Number) referrals[1]).longValue()),
                new WarningLetters(((Number) letters[0]).longValue(), ((Number) letters[1]).longValue()),
                resolutionRate, median, overdueQuery.getSingleResult(), ((Number) helped[0]).longValue());
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
