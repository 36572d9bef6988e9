package cn.jiedao.testing.probe;

/** An events class as the services write them, for EventCatalogTest's reading of the constants. */
public final class ThingEvents {

    public static final String TOPIC = "probe.thing-events";
    public static final String MADE = "probe.thing.made";
    public static final String BROKEN = "probe.thing.broken";
    public static final String CONSUMER = "probe.things";
    static final String HIDDEN = "probe.thing.hidden";

    private ThingEvents() {
    }
}
