package cn.jiedao.kernel.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * An 18-character resident identity number with a valid GB 11643 check character and a birth date not after
 * today in street time (the validator's clock is {@link cn.jiedao.kernel.time.StreetClockProvider}); null is allowed.
 */
@Documented
@Constraint(validatedBy = ResidentId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentId {

    String message() default "不是有效的居民身份证号码 (18 characters, GB 11643 check character)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ResidentId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || ResidentIdNumber.isValid(value, LocalDate.now(context.getClockProvider().getClock()));
        }
    }
}
