package cn.jiedao.kernel.validation;

/** A person's name as the street masks it: the family name kept, a star for each other character. */
public final class PersonName {

    private PersonName() {
    }

    /** 张三 → 张*, 欧阳修 → 欧**; at least one star, so a one-character name is not shown whole. */
    public static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
