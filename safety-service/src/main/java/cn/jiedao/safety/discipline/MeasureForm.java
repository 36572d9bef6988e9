package cn.jiedao.safety.discipline;

/** 四种形态: the four forms of supervision and discipline, from the mildest to prosecution. */
public enum MeasureForm {
    FIRST, SECOND, THIRD, FOURTH
}
