package cn.jiedao.kernel.codes;

/**
 * An enum value that the API serves with its Chinese label, so the frontend never hard-codes Chinese text.
 * The code is the enum constant's name.
 */
public interface CodeLabel {

    String name();

    /** The label in the report's words, e.g. 物业类 for PROPERTY_MANAGEMENT. */
    String label();
}
