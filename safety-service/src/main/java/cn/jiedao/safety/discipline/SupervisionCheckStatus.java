package cn.jiedao.safety.discipline;

/** 督查状态: recorded, rectification required (with a deadline), rectified, verified. */
public enum SupervisionCheckStatus {
    RECORDED, RECTIFICATION_REQUIRED, RECTIFIED, VERIFIED
}
