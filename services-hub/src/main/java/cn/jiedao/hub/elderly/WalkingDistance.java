package cn.jiedao.hub.elderly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.sf.geographiclib.Geodesic;

/**
 * The 15-minute rule: the geodesic distance on the WGS84 ellipsoid (GeographicLib), lengthened by a detour
 * factor for the streets a walk follows, at a walking speed. Fifteen minutes at 4.5 km/h walk 1125 m; with a
 * detour factor of 1.2 that reaches 937.5 m in a straight line.
 */
public final class WalkingDistance {

    private final double metresPerMinute;
    private final double detourFactor;
    private final int minutes;

    public WalkingDistance(double speedKmh, double detourFactor, int minutes) {
        if (speedKmh <= 0 || detourFactor < 1 || minutes <= 0) {
            throw new IllegalArgumentException("walking speed and minutes must be positive and the detour factor at least 1");
        }
        this.metresPerMinute = speedKmh * 1000 / 60;
        this.detourFactor = detourFactor;
        this.minutes = minutes;
    }

    /** The straight-line (geodesic) distance in metres. */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
    }

    /** Minutes to walk a straight-line distance, one decimal. */
    public BigDecimal minutes(double straightMetres) {
        return BigDecimal.valueOf(straightMetres * detourFactor / metresPerMinute).setScale(1, RoundingMode.HALF_UP);
    }

    /** Whether a straight-line distance is walked within the minutes. */
    public boolean withinReach(double straightMetres) {
        return straightMetres * detourFactor <= metresPerMinute * minutes;
    }

    /** The straight-line distance the minutes reach. */
    public double reachMetres() {
        return metresPerMinute * minutes / detourFactor;
    }

    public int minutes() {
        return minutes;
    }
}
