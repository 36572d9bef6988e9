package cn.jiedao.safety.keyperson;

/** 社区矫正管理等级: strict, ordinary or lenient supervision of a person under community correction. */
public enum SupervisionLevel {
    STRICT, ORDINARY, LENIENT
}
