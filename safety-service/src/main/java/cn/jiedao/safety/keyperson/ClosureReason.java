package cn.jiedao.safety.keyperson;

/** Why supervision ended: the term ended, the person moved away or died, or another reason in the note. */
public enum ClosureReason {
    TERM_ENDED, MOVED_AWAY, DECEASED, OTHER
}
