package cn.jiedao.mediation.dispute;

/** 诉求类别: the categories the 融调解 centre counts disputes by (report section 一.2). */
public enum DisputeCategory {
    PROPERTY_MANAGEMENT, CONSUMER, LITIGATION_RELATED, MUNICIPAL_ILLEGAL_CONSTRUCTION, MARRIAGE_FAMILY, LABOR, NEIGHBOR, OTHER
}
