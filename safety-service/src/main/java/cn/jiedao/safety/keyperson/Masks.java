package cn.jiedao.safety.keyperson;

import cn.jiedao.kernel.validation.PersonName;

/** How a personal field reads masked; identity numbers and phones use the kernel's masks. */
public final class Masks {

    private Masks() {
    }

    /** The surname and a star for each other character: 张*, 欧阳** (the kernel's {@link PersonName#mask}). */
    public static String name(String name) {
        return PersonName.mask(name);
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
