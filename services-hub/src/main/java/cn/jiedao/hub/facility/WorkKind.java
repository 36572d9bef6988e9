package cn.jiedao.hub.facility;

/** Other works answering residents' requests. */
public enum WorkKind {
    STREET_LAMP, ROAD_REPAIR, GREENING, DRAINAGE, OTHER
}
