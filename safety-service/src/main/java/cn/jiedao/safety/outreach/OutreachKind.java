package cn.jiedao.safety.outreach;

/** 宣传教育类别: anti-telecom-fraud publicity, legal education in schools, safety training. */
public enum OutreachKind {
    ANTI_FRAUD_PUBLICITY, LEGAL_EDUCATION_IN_SCHOOL, SAFETY_TRAINING, OTHER
}
