package cn.jiedao.hub.servicerequest;

import cn.jiedao.kernel.figures.Ratios;
import cn.jiedao.kernel.time.StreetTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one-window figures of a year, counted from the requests received in it (days of the street): by mode,
 * by service type and by status, and the share completed on time (by the type's deadline) among those completed.
 */
@ApplicationScoped
public class ServiceRequestStatistics {

    @Inject
    EntityManager em;

    @Inject
    StreetTime time;

    @Schema(name = "ServiceRequestFigures")
    public record Figures(int year,
            @Schema(description = "requests received in the year") long received,
            @Schema(description = "every one of the five modes, zero included") Map<ServiceMode, Long> byMode,
            @Schema(description = "by service type code, the types with requests") Map<String, Long> byType,
            Map<ServiceRequestStatus, Long> byStatus,
            long completed,
            @Schema(description = "completed on or before their deadline") long completedOnTime,
            @Schema(description = "completed on time among completed, percent with one decimal; null when none was completed")
            BigDecimal onTimePercent,
            @Schema(description = "still open and past their deadline today") long overdue) {
    }

    public Figures of(int year) {
        StreetTime.Interval period = time.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<Object[]> rows = em.createQuery("select r.mode, t.code, r.status, "
                + "case when r.status = :completed and r.completedOn <= r.deadline then true else false end, "
                + "case when r.status in :open and r.deadline < :today then true else false end, count(r) "
                + "from ServiceRequest r join ServiceType t on t.id = r.serviceTypeId "
                + "where r.receivedAt >= :start and r.receivedAt < :end group by 1, 2, 3, 4, 5", Object[].class)
                .setParameter("completed", ServiceRequestStatus.COMPLETED)
                .setParameter("open", ServiceRequestService.OPEN).setParameter("today", time.today())
                .setParameter("start", period.from()).setParameter("end", period.until()).getResultList();
        Map<ServiceMode, Long> byMode = new EnumMap<>(ServiceMode.class);
        for (ServiceMode m : ServiceMode.values()) {
            byMode.put(m, 0L);
        }
        Map<ServiceRequestStatus, Long> byStatus = new EnumMap<>(ServiceRequestStatus.class);
        for (ServiceRequestStatus s : ServiceRequestStatus.values()) {
            byStatus.put(s, 0L);
        }
        Map<String, Long> byType = new java.util.TreeMap<>();
        long received = 0;
        long onTime = 0;
        long overdue = 0;
        for (Object[] row : rows) {
            long n = (Long) row[5];
            received += n;
            byMode.merge((ServiceMode) row[0], n, Long::sum);
            byType.merge((String) row[1], n, Long::sum);
            byStatus.merge((ServiceRequestStatus) row[2], n, Long::sum);
            onTime += Boolean.TRUE.equals(row[3]) ? n : 0;
            overdue += Boolean.TRUE.equals(row[4]) ? n : 0;
        }
        long completed = byStatus.get(ServiceRequestStatus.COMPLETED);
        return new Figures(year, received, byMode, new LinkedHashMap<>(byType), byStatus, completed, onTime,
                Ratios.percent(onTime, completed, 1), overdue);
    }
}
