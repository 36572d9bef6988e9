package cn.jiedao.safety.inspection;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The gas-safety roster (燃气安全检查名单): every site on it whose last gas inspection is older than the interval
 * ({@code jiedao.safety.gas-inspection-interval-days}, default 90: one inspection a quarter) or that was never
 * inspected for gas, with the round that plans it, if one does.
 */
@ApplicationScoped
public class GasSafetyRoster {

    @Inject
    StreetTime time;

    @ConfigProperty(name = "jiedao.safety.gas-inspection-interval-days", defaultValue = "90")
    int intervalDays;

    public record DueSite(UUID siteId, String name, String address, String gridCode, String creditCode,
            @Schema(description = "the last gas inspection, null if none") LocalDate lastInspectedOn,
            @Schema(description = "due since (the last inspection plus the interval), null if never inspected")
            LocalDate dueSince,
            @Schema(description = "the gas-safety round whose roster has it, null if none is planned yet") UUID roundId,
            String roundName) {
    }

    /** Puts a site on the roster of the next gas-safety round not over yet (the earliest to start), if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void joinNextRound(Site site) {
        InspectionRound next = InspectionRound.<InspectionRound>find("domain = ?1 and endsOn >= ?2",
                Sort.by("startsOn").and("id"), HazardDomain.GAS, time.today()).firstResult();
        if (next != null) {
            next.siteIds.add(site.id);
        }
    }

    public PageResponse<DueSite> due(String gridCode, PageParams paging) {
        LocalDate today = time.today();
        LocalDate inspectedSince = today.minusDays(intervalDays);
        String last = "(select max(i.inspectedOn) from Inspection i where i.siteId = s.id "
                + "and array_contains(i.domains, 'GAS'))";
        String where = "s.gasRoster = true and (" + last + " is null or " + last + " <= :since)"
                + (gridCode == null ? "" : " and s.gridCode = :grid");
        var em = Site.getEntityManager();
        var count = em.createQuery("select count(s) from Site s where " + where, Long.class)
                .setParameter("since", inspectedSince);
        var rows = em.createQuery("select s, " + last + " from Site s where " + where + " order by s.name, s.id",
                Object[].class).setParameter("since", inspectedSince);
        if (gridCode != null) {
            count.setParameter("grid", gridCode);
            rows.setParameter("grid", gridCode);
        }
        List<Object[]> page = rows.setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        List<InspectionRound> open = InspectionRound.list("domain = ?1 and endsOn >= ?2", Sort.by("startsOn"),
                HazardDomain.GAS, today);
        List<DueSite> items = page.stream().map(row -> {
            Site s = (Site) row[0];
            LocalDate lastOn = (LocalDate) row[1];
            InspectionRound round = open.stream().filter(r -> r.siteIds.contains(s.id)).findFirst().orElse(null);
            return new DueSite(s.id, s.name, s.address, s.gridCode, s.creditCode, lastOn,
                    lastOn == null ? null : lastOn.plusDays(intervalDays), round == null ? null : round.id,
                    round == null ? null : round.name);
        }).toList();
        return new PageResponse<>(items, paging.page, paging.size, count.getSingleResult());
    }
}
