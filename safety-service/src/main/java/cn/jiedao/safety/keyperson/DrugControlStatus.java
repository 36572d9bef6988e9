package cn.jiedao.safety.keyperson;

/**
 * 管控状态 of a drug user: community detoxification or rehabilitation (《禁毒法》), back from compulsory isolation
 * and watched for relapse, or abstinent for three years (戒断三年未复吸).
 */
public enum DrugControlStatus {
    COMMUNITY_DETOX, COMMUNITY_REHAB, RELAPSE_WATCH, ABSTINENT_3Y
}
