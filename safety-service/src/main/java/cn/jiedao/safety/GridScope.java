package cn.jiedao.safety;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;

/** A grid worker works in the grids of their token's {@code grids} claim; a record of another grid is 403. */
public final class GridScope {

    private GridScope() {
    }

    public static void require(Actor actor, String gridCode) {
        if (!actor.mayWorkIn(gridCode)) {
            throw ProblemException.forbidden("A grid worker works in the grids of their token " + actor.grids()
                    + "; this record is " + (gridCode == null ? "in no grid" : "in grid " + gridCode));
        }
    }
}
