package cn.jiedao.hub.facility;

/** A facility in service, out of order, or still being built (the report's 幸福时光 shed). */
public enum FacilityStatus {
    IN_SERVICE, OUT_OF_ORDER, UNDER_CONSTRUCTION
}
