package cn.jiedao.safety.discipline;

/** 廉洁文化作品的类别: an object, an art creation, a video. */
public enum IntegrityWorkKind {
    OBJECT, ART_CREATION, VIDEO
}
