package cn.jiedao.safety.discipline;

/** 督查方式: routine, special (专项) or unannounced (暗访). */
public enum SupervisionCheckKind {
    ROUTINE, SPECIAL, UNANNOUNCED
}
