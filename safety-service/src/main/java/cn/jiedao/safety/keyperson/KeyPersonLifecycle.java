package cn.jiedao.safety.keyperson;

import static cn.jiedao.kernel.security.Roles.SAFETY_OFFICER;
import static cn.jiedao.safety.keyperson.KeyPersonStatus.CLOSED;
import static cn.jiedao.safety.keyperson.KeyPersonStatus.ERASED;
import static cn.jiedao.safety.keyperson.KeyPersonStatus.UNDER_SUPERVISION;

import cn.jiedao.kernel.lifecycle.Lifecycle;
import java.util.Set;

/**
 * A key person's record: a safety officer closes it when supervision ends; the service itself erases its personal
 * fields once the retention period after closure has passed: the erasure job takes that step, no endpoint offers it.
 */
public final class KeyPersonLifecycle {

    public static final Lifecycle<KeyPersonStatus, KeyPersonStep> LIFECYCLE =
            Lifecycle.of("KeyPerson", KeyPersonStatus.class, KeyPersonStep.class)
                    .step(KeyPersonStep.CLOSE, Set.of(UNDER_SUPERVISION), CLOSED, SAFETY_OFFICER)
                    .step(KeyPersonStep.ERASE, Set.of(CLOSED), ERASED)
                    .build();

    private KeyPersonLifecycle() {
    }
}
