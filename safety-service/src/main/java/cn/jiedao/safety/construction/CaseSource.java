package cn.jiedao.safety.construction;

/** How a case came: a patrol found the structure, or a resident complained through mediation. */
public enum CaseSource {
    PATROL, COMPLAINT
}
