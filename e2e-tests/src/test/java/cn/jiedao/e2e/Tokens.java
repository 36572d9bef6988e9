package cn.jiedao.e2e;

import cn.jiedao.testing.TestTokens;
import java.util.List;

/**
 * The good tokens the fuzzer and the authorization matrix present: one for a role (a grid worker's lists its
 * grid). The four kinds that must be refused with 401 come from test-support's {@link cn.jiedao.testing.RefusedTokens}.
 */
final class Tokens {

    /** The grid a grid worker's token lists (claim {@code grids}). */
    static final String GRID = "360121001001001";

    private Tokens() {
    }

    static String bearer(String role) {
        return "Bearer " + valid(role, "e2e-" + role);
    }

    static String valid(String role, String subject) {
        return TestTokens.token(subject, "grid-worker".equals(role) ? List.of(GRID) : List.of(), role);
    }
}
