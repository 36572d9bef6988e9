package cn.jiedao.safety.hazard;

/** 隐患领域: the domains of hazard inspection named in the report. */
public enum HazardDomain {
    GAS, FIRE, TRAFFIC, BUILDING, SPECIAL_EQUIPMENT, CROWDED_PLACE
}
