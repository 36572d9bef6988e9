package cn.jiedao.hub.statistics;

import cn.jiedao.hub.directory.DirectoryStatistics;
import cn.jiedao.hub.servicepoint.ServicePointType;
import cn.jiedao.hub.servicerequest.ServiceMode;
import cn.jiedao.hub.servicerequest.ServiceRequestStatistics;
import cn.jiedao.kernel.figures.Ratios;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The services hub's figures of a year, counted from the records on request: volunteer teams founded by the
 * year's end, the activities held in the year and the disputes they helped settle (distinct case numbers), the
 * hours served, the one-window requests received by mode, and the directory's figures (party branches, red
 * property committees and their coverage, EV facilities, canteen meals, service points).
 */
@ApplicationScoped
public class HubStatistics {

    @Inject
    EntityManager em;

    @Inject
    ServiceRequestStatistics requests;

    @Inject
    DirectoryStatistics directory;

    @Schema(name = "HubStatistics")
    public record Figures(int year,
            @Schema(description = "volunteer teams founded by the year's end", example = "25") long volunteerTeams,
            @Schema(description = "volunteer activities held in the year", example = "81") long volunteerActivities,
            @Schema(description = "disputes the year's activities helped settle (distinct case numbers)", example = "51")
            long disputesHelpedByVolunteers,
            @Schema(description = "hours served by volunteers in the year's activities") BigDecimal volunteerHours,
            @Schema(description = "one-window requests received in the year, every mode") Map<ServiceMode, Long>
            serviceRequestsByMode,
            @Schema(description = "of the year's completed requests, percent completed by the deadline; null when none")
            BigDecimal serviceRequestsOnTimePercent,
            @Schema(description = "grid party branches and groups at the year's end", example = "167")
            long gridPartyBranches,
            @Schema(description = "red property committees at the year's end", example = "18") long redPropertyCommittees,
            @Schema(description = "residential compounds a red property committee covers / all compounds, percent",
                    example = "80") BigDecimal redPropertyCommitteeCoveragePercent,
            @Schema(description = "EV charging pile sites put into service in the year", example = "13")
            long evChargingPileSites,
            @Schema(description = "EV sheds put into service in the year", example = "57") long evSheds,
            @Schema(description = "meals the canteens served in the year") long canteenMeals,
            @Schema(description = "service points by type") Map<ServicePointType, Long> servicePointsByType) {
    }

    public Figures of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long teams = em.createQuery("select count(t) from VolunteerTeam t where t.foundedOn <= :to", Long.class)
                .setParameter("to", to).getSingleResult();
        Object[] activities = em.createQuery("select count(a), count(distinct a.disputeCaseNo) from VolunteerActivity a "
                + "where a.heldOn between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        BigDecimal hours = em.createQuery("select coalesce(sum(h.hours), 0) from VolunteerActivityHours h, "
                + "VolunteerActivity a where a.id = h.activityId and a.heldOn between :from and :to", BigDecimal.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        ServiceRequestStatistics.Figures oneWindow = requests.of(year);
        return new Figures(year, teams, (Long) activities[0], (Long) activities[1], Ratios.plain(hours),
                oneWindow.byMode(), oneWindow.onTimePercent(), directory.gridPartyBranches(year),
                directory.redPropertyCommittees(year), directory.redPropertyCommitteeCoveragePercent(year),
                directory.evChargingPileSites(year), directory.evSheds(year), directory.canteenMeals(year),
                directory.servicePointsByType());
    }
}
