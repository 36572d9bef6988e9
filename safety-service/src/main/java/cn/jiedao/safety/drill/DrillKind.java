package cn.jiedao.safety.drill;

/** 演练类别. */
public enum DrillKind {
    FIRE, GAS_LEAK, FLOOD, EVACUATION, EARTHQUAKE, OTHER
}
