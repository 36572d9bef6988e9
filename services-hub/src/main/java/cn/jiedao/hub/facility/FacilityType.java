package cn.jiedao.hub.facility;

/** Community facilities. */
public enum FacilityType {
    EV_CHARGING_PILE, EV_SHED
}
