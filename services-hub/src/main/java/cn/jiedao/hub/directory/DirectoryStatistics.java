package cn.jiedao.hub.directory;

import cn.jiedao.hub.elderly.CanteenMealDay;
import cn.jiedao.hub.facility.Facility;
import cn.jiedao.hub.facility.FacilityStatus;
import cn.jiedao.hub.facility.FacilityType;
import cn.jiedao.hub.servicepoint.ServicePoint;
import cn.jiedao.hub.servicepoint.ServicePointType;
import cn.jiedao.kernel.figures.Ratios;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The directory's and facilities' figures of a year, counted from the records (never stored). The party
 * organisation and the compounds stand as at the year's end (founded, formed or registered by then); EV
 * charging pile sites and sheds are those that went into service in the year; canteen meals are those served
 * in it; service points are those registered now.
 */
@ApplicationScoped
public class DirectoryStatistics {

    private static LocalDate end(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** Grid party branches and groups (网格党支部/党小组) founded by the year's end. */
    public long gridPartyBranches(int year) {
        return PartyBranch.count("foundedOn <= ?1", end(year));
    }

    /** Red property committees formed by the year's end. */
    public long redPropertyCommittees(int year) {
        return RedPropertyCommittee.count("formedOn <= ?1", end(year));
    }

    /** Compounds registered by the year's end. */
    public long residentialCompounds(int year) {
        return ResidentialCompound.count("registeredOn <= ?1", end(year));
    }

    /** Of those, the compounds covered by a committee formed by the year's end. */
    public long compoundsCovered(int year) {
        return ResidentialCompound.count("registeredOn <= ?1 and redPropertyCommitteeId in "
                + "(select c.id from RedPropertyCommittee c where c.formedOn <= ?1)", end(year));
    }

    /** Compounds covered / all compounds × 100 at the year's end, one decimal; null without compounds. */
    public BigDecimal redPropertyCommitteeCoveragePercent(int year) {
        return Ratios.percent(compoundsCovered(year), residentialCompounds(year), 1);
    }

    public long evChargingPileSites(int year) {
        return facilities(FacilityType.EV_CHARGING_PILE, year);
    }

    public long evSheds(int year) {
        return facilities(FacilityType.EV_SHED, year);
    }

    /** Facilities of the type that went into service in the year (not those still being built). */
    private static long facilities(FacilityType type, int year) {
        return Facility.count("type = ?1 and status <> ?2 and installedOn >= ?3 and installedOn <= ?4", type,
                FacilityStatus.UNDER_CONSTRUCTION, LocalDate.of(year, 1, 1), end(year));
    }

    /** Meals served by every canteen in the year. */
    public long canteenMeals(int year) {
        Long meals = CanteenMealDay.getEntityManager()
                .createQuery("select coalesce(sum(m.meals), 0) from CanteenMealDay m where m.day >= ?1 and m.day <= ?2",
                        Long.class)
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, end(year)).getSingleResult();
        return meals;
    }

    /** Service points by type, every type present (0 where there is none). */
    public Map<ServicePointType, Long> servicePointsByType() {
        Map<ServicePointType, Long> byType = new EnumMap<>(ServicePointType.class);
        for (ServicePointType type : ServicePointType.values()) {
            byType.put(type, 0L);
        }
        List<Object[]> rows = ServicePoint.getEntityManager()
                .createQuery("select p.type, count(p) from ServicePoint p group by p.type", Object[].class)
                .getResultList();
        rows.forEach(row -> byType.put((ServicePointType) row[0], (Long) row[1]));
        return byType;
    }
}
