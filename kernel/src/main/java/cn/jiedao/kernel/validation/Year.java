package cn.jiedao.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A calendar year the street's records can be about: {@value #FIRST} to {@value #LAST}. A null passes. */
@Documented
@Min(Year.FIRST)
@Max(Year.LAST)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Year {

    long FIRST = 2000;
    long LAST = 2100;

    String message() default "must be a year from " + FIRST + " to " + LAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
