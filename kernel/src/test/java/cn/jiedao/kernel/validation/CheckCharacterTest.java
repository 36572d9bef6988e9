package cn.jiedao.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCharacterTest {

    static final String VALID_RESIDENT_ID = "11010519491231002X";
    static final String VALID_CREDIT_CODE = "91350100M000100Y43";
    static final LocalDate TODAY = LocalDate.of(2023, 12, 31);
    /** Well formed, born on 2024-01-01. */
    static final String BORN_2024 = "110105202401010014";

    @Test
    void residentIdFromTheStandardIsValid() {
        assertThat(ResidentIdNumber.isValid(VALID_RESIDENT_ID, TODAY)).isTrue();
        assertThat(ResidentIdNumber.isValid(VALID_RESIDENT_ID.toLowerCase(), TODAY)).as("lower-case x").isTrue();
    }

    @Test
    void everySingleChangedCharacterMakesTheResidentIdInvalid() {
        for (int i = 0; i < VALID_RESIDENT_ID.length(); i++) {
            for (char c : "0123456789X".toCharArray()) {
                if (c == VALID_RESIDENT_ID.charAt(i)) {
                    continue;
                }
                String changed = VALID_RESIDENT_ID.substring(0, i) + c + VALID_RESIDENT_ID.substring(i + 1);
                assertThat(ResidentIdNumber.isValid(changed, TODAY)).as("changed position %d to %s: %s", i, c, changed)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002XX", "110105194912310021",
            "11010519491331002X", "A1010519491231002X"})
    void malformedResidentIdsAreInvalid(String id) {
        assertThat(ResidentIdNumber.isValid(id, TODAY)).isFalse();
    }

    @Test
    void theResidentIdCheckCharacterIsComputedFromTheFirstSeventeen() {
        assertThat(ResidentIdNumber.withCheckCharacter(VALID_RESIDENT_ID.substring(0, 17))).isEqualTo(VALID_RESIDENT_ID);
        assertThat(ResidentIdNumber.withCheckCharacter(BORN_2024.substring(0, 17))).isEqualTo(BORN_2024);
        assertThatThrownBy(() -> ResidentIdNumber.withCheckCharacter("1101051949123100X"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBirthDateAfterTodayIsInvalidUntilThatDay() {
        assertThat(ResidentIdNumber.isValid(BORN_2024, TODAY)).isFalse();
        assertThat(ResidentIdNumber.isValid(BORN_2024, TODAY.plusDays(1))).isTrue();
    }

    @Test
    void theConstraintJudgesTheBirthDateByTheValidatorsClock() {
        Clock lastDayOf2023 = Clock.fixed(Instant.parse("2023-12-31T12:00:00Z"), ZoneOffset.ofHours(8));
        try (var factory = Validation.byDefaultProvider().configure().clockProvider(() -> lastDayOf2023)
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(new Party(BORN_2024, null)))
                    .extracting(v -> v.getPropertyPath().toString()).containsExactly("residentId");
        }
        Clock newYear = Clock.fixed(Instant.parse("2024-01-01T00:30:00Z"), ZoneOffset.ofHours(8));
        try (var factory = Validation.byDefaultProvider().configure().clockProvider(() -> newYear)
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(new Party(BORN_2024, null))).isEmpty();
        }
    }

    @Test
    void residentIdIsMaskedToFirstThreeAndLastFour() {
        assertThat(ResidentIdNumber.mask(VALID_RESIDENT_ID)).isEqualTo("110***********002X");
    }

    @Test
    void creditCodeFromTheStandardIsValid() {
        assertThat(UnifiedSocialCreditCode.isValid(VALID_CREDIT_CODE)).isTrue();
        assertThat(UnifiedSocialCreditCode.isIndividualBusiness(VALID_CREDIT_CODE)).isFalse();
    }

    @Test
    void theCheckCharacterIsComputedFromTheFirstSeventeen() {
        assertThat(UnifiedSocialCreditCode.withCheckCharacter(VALID_CREDIT_CODE.substring(0, 17)))
                .isEqualTo(VALID_CREDIT_CODE);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacter("91350100M000100I4"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySingleChangedCharacterMakesTheCreditCodeInvalid() {
        for (int i = 0; i < VALID_CREDIT_CODE.length(); i++) {
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c == VALID_CREDIT_CODE.charAt(i)) {
                    continue;
                }
                String changed = VALID_CREDIT_CODE.substring(0, i) + c + VALID_CREDIT_CODE.substring(i + 1);
                assertThat(UnifiedSocialCreditCode.isValid(changed)).as("changed position %d to %s: %s", i, c,
                        changed).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100I43",
            "91350100m000100Y43"})
    void malformedCreditCodesAreInvalid(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    record Party(@ResidentId String residentId, @CreditCode String creditCode) {
    }

    @Test
    void constraintsRejectBadValuesAndAcceptNull() {
        try (var factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Party(VALID_RESIDENT_ID, VALID_CREDIT_CODE))).isEmpty();
            assertThat(validator.validate(new Party(null, null))).isEmpty();
            var violations = validator.validate(new Party("110105194912310021", "91350100M000100Y44"));
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("residentId", "creditCode");
        }
    }
}
