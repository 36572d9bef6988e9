package cn.jiedao.safety.keyperson;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** {@code jiedao.safety.key-persons.*}: retention, re-encryption batches and the visit intervals (application.properties). */
@ConfigMapping(prefix = "jiedao.safety.key-persons")
public interface KeyPersonSettings {

    /** Days a closed record keeps its personal fields before they are erased. */
    int retentionDays();

    /** Records re-encrypted in one transaction. */
    @WithDefault("200")
    int reEncryptionBatch();

    /** Days between visits, by category and risk level: {@code visit-days.DRUG_USER.HIGH=7}. */
    Map<String, Map<String, Integer>> visitDays();
}
