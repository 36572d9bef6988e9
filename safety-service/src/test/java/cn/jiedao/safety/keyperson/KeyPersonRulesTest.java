package cn.jiedao.safety.keyperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.safety.keyperson.KeyPersonViews.Guardian;
import cn.jiedao.safety.keyperson.KeyPersonViews.RegisterKeyPerson;
import cn.jiedao.safety.keyperson.KeyPersonViews.Term;
import com.google.crypto.tink.KeysetHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key-person rules without Quarkus: encryption bound to row and field, rotation, masks, category fields. */
class KeyPersonRulesTest {

    static KeyPersonKeys throwawayKeys() {
        return new KeyPersonKeys(Optional.empty(), Optional.empty(), true, Optional.empty());
    }

    @Test
    void theLocalStacksKeySetsAreGeneratedOnceOwnerReadableAndReadAgainAfterARestart(@TempDir Path keysDir)
            throws Exception {
        KeyPersonKeys first = new KeyPersonKeys(Optional.empty(), Optional.empty(), false,
                Optional.of(keysDir.toString()));
        UUID row = UUID.randomUUID();
        String cipher = first.encrypt(row, KeyPerson.NAME, "李四");
        assertThat(Files.readString(keysDir.resolve("safety-keyset.json"))).doesNotContain("李四");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keysDir.resolve("safety-keyset.json"))))
                .isEqualTo("rw-------");
        assertThat(keysDir.resolve("safety-search-keyset.json")).exists();
        KeyPersonKeys afterRestart = new KeyPersonKeys(Optional.empty(), Optional.empty(), false,
                Optional.of(keysDir.toString()));
        assertThat(afterRestart.decrypt(row, KeyPerson.NAME, cipher)).isEqualTo("李四");
        assertThat(afterRestart.primaryKeyId()).isEqualTo(first.primaryKeyId());
    }

    @Test
    void aCiphertextReadsOnlyInItsOwnRowAndField() {
        KeyPersonKeys keys = throwawayKeys();
        UUID row = UUID.randomUUID();
        String cipher = keys.encrypt(row, KeyPerson.NAME, "张三");
        assertThat(cipher).doesNotContain("张三");
        assertThat(keys.decrypt(row, KeyPerson.NAME, cipher)).isEqualTo("张三");
        assertThatThrownBy(() -> keys.decrypt(row, KeyPerson.PHONE, cipher)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("张三");
        assertThatThrownBy(() -> keys.decrypt(UUID.randomUUID(), KeyPerson.NAME, cipher))
                .isInstanceOf(IllegalStateException.class);
        assertThat(KeyPersonKeys.keyIdOf(cipher)).isEqualTo(keys.primaryKeyId());
    }

    @Test
    void afterARotationOldCiphertextsStillReadAndNewOnesUseTheNewPrimary() {
        KeyPersonKeys keys = throwawayKeys();
        UUID row = UUID.randomUUID();
        long first = keys.primaryKeyId();
        String old = keys.encrypt(row, KeyPerson.PHONE, "13800001111");

        KeysetHandle added = Keysets.withNewKey(keys.aeadKeyset(), Keysets.AEAD);
        assertThat(Keysets.primaryId(added)).isEqualTo(first); // a new key is not the primary yet
        long second = Keysets.describe(added).stream().map(l -> Long.parseLong(l.split(" ")[0]))
                .filter(id -> id != first).findFirst().orElseThrow();
        keys.use(Keysets.withPrimary(added, second), keys.searchKeyset());

        assertThat(keys.primaryKeyId()).isEqualTo(second);
        assertThat(keys.decrypt(row, KeyPerson.PHONE, old)).isEqualTo("13800001111");
        assertThat(KeyPersonKeys.keyIdOf(keys.encrypt(row, KeyPerson.PHONE, "13800001111"))).isEqualTo(second);
        assertThat(keys.keyIds()).containsExactlyInAnyOrder(first, second);
        assertThatThrownBy(() -> Keysets.without(keys.aeadKeyset(), second))
                .hasMessageContaining("primary");

        keys.use(Keysets.without(keys.aeadKeyset(), first), keys.searchKeyset());
        assertThatThrownBy(() -> keys.decrypt(row, KeyPerson.PHONE, old)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Long.toString(first));
    }

    @Test
    void aKeysetSurvivesItsJsonAndTheSearchHashFollowsEveryKey() {
        KeyPersonKeys keys = throwawayKeys();
        String json = Keysets.json(keys.aeadKeyset());
        assertThat(Keysets.primaryId(Keysets.parse(json, "test"))).isEqualTo(keys.primaryKeyId());
        assertThatThrownBy(() -> Keysets.parse("{\"secret\": \"oops\"}", "jiedao.safety.keyset"))
                .hasMessage("jiedao.safety.keyset is not a Tink JSON key set");

        String hash = keys.searchHash("34012319900101123x");
        assertThat(hash).isEqualTo(keys.searchHash("34012319900101123X")).doesNotContain("340123");
        keys.use(keys.aeadKeyset(), Keysets.withNewKey(keys.searchKeyset(), Keysets.SEARCH));
        assertThat(keys.searchHashes("34012319900101123X")).hasSize(2).contains(hash);
    }

    @Test
    void masksKeepTheSurnameAndTheRoad() {
        assertThat(Masks.name("张三")).isEqualTo("张*");
        assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masks.name("李")).isEqualTo("李*");
        assertThat(Masks.address("八月湖路12号3栋201室")).isEqualTo("八月湖路****");
        assertThat(Masks.text("情绪稳定")).isEqualTo("****");
        assertThat(Masks.name(null)).isNull();
    }

    @Test
    void thePurposeIsPercentEncodedUtf8() {
        assertThat(Reader.decode("%E8%B5%B0%E8%AE%BF")).isEqualTo("走访");
        assertThat(Reader.decode(null)).isNull();
        assertThat(Reader.decode("  ")).isNull();
        assertThatThrownBy(() -> Reader.decode("%E8%B5")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Reader.decode("%zz")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Reader.decode("a".repeat(201))).isInstanceOf(ProblemException.class);
    }

    static RegisterKeyPerson person(KeyPersonCategory category, Guardian guardian, Term term, SupervisionLevel level,
            DrugControlStatus control) {
        return new RegisterKeyPerson(category, "张三", "340123199001011234", "13800001111", "八月湖路1号",
                "340123001001001", RiskLevel.LOW, "王警官", guardian, term, level, control);
    }

    @Test
    void eachCategoryRequiresItsOwnFieldsAndRefusesTheOthers() {
        Guardian guardian = new Guardian("李秀英", "13900002222", "母亲");
        Term term = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        CategoryFields.check(person(KeyPersonCategory.SEVERE_MENTAL_DISORDER, guardian, null, null, null));
        CategoryFields.check(person(KeyPersonCategory.COMMUNITY_CORRECTION, null, term, SupervisionLevel.STRICT, null));
        CategoryFields.check(person(KeyPersonCategory.DRUG_USER, null, null, null, DrugControlStatus.COMMUNITY_REHAB));

        assertField(person(KeyPersonCategory.SEVERE_MENTAL_DISORDER, null, null, null, null), "guardian");
        assertField(person(KeyPersonCategory.COMMUNITY_CORRECTION, null, null, SupervisionLevel.STRICT, null), "term");
        assertField(person(KeyPersonCategory.COMMUNITY_CORRECTION, null, term, null, null), "supervisionLevel");
        assertField(person(KeyPersonCategory.DRUG_USER, null, null, null, null), "controlStatus");
        assertField(person(KeyPersonCategory.DRUG_USER, guardian, null, null, DrugControlStatus.COMMUNITY_DETOX),
                "guardian");
        assertField(person(KeyPersonCategory.COMMUNITY_CORRECTION, null,
                new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1)), SupervisionLevel.STRICT, null), "term.end");
    }

    private static void assertField(RegisterKeyPerson request, String field) {
        assertThatThrownBy(() -> CategoryFields.check(request)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().errors())
                        .anySatisfy(err -> assertThat(err.field()).isEqualTo(field)));
    }

    @Test
    void visitIntervalsNeedEveryCategoryAndRiskLevel() {
        Map<String, Map<String, Integer>> all = Map.of(
                "SEVERE_MENTAL_DISORDER", Map.of("HIGH", 7, "MEDIUM", 14, "LOW", 30),
                "DRUG_USER", Map.of("HIGH", 7, "MEDIUM", 30, "LOW", 90),
                "COMMUNITY_CORRECTION", Map.of("HIGH", 7, "MEDIUM", 14, "LOW", 30));
        VisitIntervals intervals = new VisitIntervals(all);
        assertThat(intervals.due(KeyPersonCategory.DRUG_USER, RiskLevel.LOW, LocalDate.of(2023, 8, 1)))
                .isEqualTo(LocalDate.of(2023, 10, 30));
        assertThatThrownBy(() -> new VisitIntervals(Map.of("DRUG_USER", Map.of("HIGH", 7))))
                .hasMessageContaining("is missing");
        assertThatThrownBy(() -> new VisitIntervals(Map.of("DRUG_USER", Map.of("HIGH", 0))))
                .hasMessageContaining("at least 1 day");
    }
}
