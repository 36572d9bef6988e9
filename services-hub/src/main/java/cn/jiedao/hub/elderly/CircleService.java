package cn.jiedao.hub.elderly;

import cn.jiedao.hub.directory.Building;
import cn.jiedao.hub.directory.DirectoryService;
import cn.jiedao.hub.elderly.ElderlyViews.BuildingGaps;
import cn.jiedao.hub.elderly.ElderlyViews.Category;
import cn.jiedao.hub.elderly.ElderlyViews.CircleView;
import cn.jiedao.hub.elderly.ElderlyViews.CommunityGaps;
import cn.jiedao.hub.elderly.ElderlyViews.Reachable;
import cn.jiedao.hub.servicepoint.ServicePoint;
import cn.jiedao.hub.servicepoint.ServicePointType;
import cn.jiedao.kernel.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The 15-minute circle of a place or a building, and the categories missing around a community's buildings. */
@ApplicationScoped
public class CircleService {

    @ConfigProperty(name = "jiedao.hub.walking.speed-kmh", defaultValue = "4.5")
    BigDecimal speedKmh;

    @ConfigProperty(name = "jiedao.hub.walking.detour-factor", defaultValue = "1.2")
    BigDecimal detourFactor;

    @ConfigProperty(name = "jiedao.hub.walking.minutes", defaultValue = "15")
    int minutes;

    @Inject
    DirectoryService directory;

    WalkingDistance walking;

    @PostConstruct
    void configure() {
        walking = new WalkingDistance(speedKmh.doubleValue(), detourFactor.doubleValue(), minutes);
    }

    public CircleView around(BigDecimal latitude, BigDecimal longitude, UUID buildingId) {
        if (buildingId != null) {
            Building b = directory.building(buildingId);
            if (b.latitude == null || b.longitude == null) {
                throw ProblemException.badRequest("buildingId", "the building has no recorded location");
            }
            return circle(b.latitude, b.longitude, b.id, candidates(b.latitude.doubleValue(), b.longitude.doubleValue()));
        }
        if (latitude == null) {
            throw ProblemException.badRequest("lat", "is required without a buildingId");
        }
        if (longitude == null) {
            throw ProblemException.badRequest("lon", "is required without a buildingId");
        }
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw ProblemException.badRequest("lat", "must be between -90 and 90");
        }
        if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw ProblemException.badRequest("lon", "must be between -180 and 180");
        }
        return circle(latitude, longitude, null, candidates(latitude.doubleValue(), longitude.doubleValue()));
    }

    public CommunityGaps gaps(String communityCode) {
        directory.community(communityCode);
        List<Building> buildings = Building.list(
                "gridCode in (select g.code from Grid g where g.communityCode = ?1)", Sort.by("gridCode").and("name"),
                communityCode);
        List<BuildingGaps> assessed = new ArrayList<>();
        List<UUID> notLocated = new ArrayList<>();
        for (Building b : buildings) {
            if (b.latitude == null || b.longitude == null) {
                notLocated.add(b.id);
                continue;
            }
            CircleView circle = circle(b.latitude, b.longitude, b.id,
                    candidates(b.latitude.doubleValue(), b.longitude.doubleValue()));
            assessed.add(new BuildingGaps(b.id, b.name, b.gridCode, circle.missing()));
        }
        return new CommunityGaps(communityCode, minutes, assessed, notLocated);
    }

    /** The service points in the box around the place that the reach could touch; the rule then measures each. */
    private List<ServicePoint> candidates(double lat, double lon) {
        double reach = walking.reachMetres();
        double dLat = reach / 110_000.0;
        double dLon = reach / (110_000.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        return ServicePoint.list("latitude between ?1 and ?2 and longitude between ?3 and ?4",
                BigDecimal.valueOf(lat - dLat), BigDecimal.valueOf(lat + dLat), BigDecimal.valueOf(lon - dLon),
                BigDecimal.valueOf(lon + dLon));
    }

    private CircleView circle(BigDecimal latitude, BigDecimal longitude, UUID buildingId, List<ServicePoint> points) {
        Map<ServicePointType, List<Reachable>> byType = new EnumMap<>(ServicePointType.class);
        for (ServicePoint p : points) {
            double metres = WalkingDistance.metres(latitude.doubleValue(), longitude.doubleValue(),
                    p.latitude.doubleValue(), p.longitude.doubleValue());
            if (walking.withinReach(metres)) {
                byType.computeIfAbsent(p.type, t -> new ArrayList<>())
                        .add(new Reachable(p.id, p.name, p.address, Math.round(metres), walking.minutes(metres)));
            }
        }
        List<Category> categories = byType.entrySet().stream()
                .map(e -> new Category(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparingLong(Reachable::distanceMetres)).toList()))
                .toList();
        List<ServicePointType> missing = java.util.Arrays.stream(ServicePointType.values())
                .filter(t -> !byType.containsKey(t)).toList();
        return new CircleView(latitude, longitude, buildingId, speedKmh, detourFactor, minutes,
                Math.round(walking.reachMetres()), categories, missing);
    }
}
