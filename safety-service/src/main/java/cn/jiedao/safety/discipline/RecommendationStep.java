package cn.jiedao.safety.discipline;

/** The steps of a recommendation. */
public enum RecommendationStep {
    ISSUE, ANSWER
}
