package cn.jiedao.hub.volunteer;

/** 志愿服务活动类别. */
public enum VolunteerActivityKind {
    DISPUTE_MEDIATION, ELDERLY_CARE, ENVIRONMENT, CIVILITY_PROMOTION, SAFETY_PATROL, COMMUNITY_SERVICE, OTHER
}
