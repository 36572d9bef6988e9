package cn.jiedao.safety.keyperson;

/** How a personal field reads masked; identity numbers and phones use the kernel's masks. */
public final class Masks {

    private Masks() {
    }

    /** The surname and a star for each other character: 张*, 欧阳** . */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
    }

    /** The first few characters (the road, rarely the house): 八月湖路****. */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int keep = Math.min(4, address.codePointCount(0, address.length()) / 2);
        return address.substring(0, address.offsetByCodePoints(0, keep)) + "****";
    }

    /** A visit's finding: nothing of it. */
    public static String text(String text) {
        return text == null ? null : "****";
    }
}
