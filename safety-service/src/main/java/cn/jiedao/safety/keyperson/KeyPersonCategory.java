package cn.jiedao.safety.keyperson;

/** 重点人员类别: sensitive personal information (PIPL art. 28). */
public enum KeyPersonCategory {
    SEVERE_MENTAL_DISORDER, DRUG_USER, COMMUNITY_CORRECTION
}
