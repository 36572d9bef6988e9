package cn.jiedao.safety.discipline;

/** What a supervision check looks at: a department of the street, a community, or a work item. */
public enum SupervisionSubjectKind {
    DEPARTMENT, COMMUNITY, WORK_ITEM
}
