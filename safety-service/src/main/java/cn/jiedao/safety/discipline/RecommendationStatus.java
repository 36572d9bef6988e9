package cn.jiedao.safety.discipline;

/** 纪律检查建议书的状态: issued to the unit, answered by it. */
public enum RecommendationStatus {
    ISSUED, ANSWERED
}
