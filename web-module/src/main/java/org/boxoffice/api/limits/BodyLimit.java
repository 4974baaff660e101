package org.boxoffice.api.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body an endpoint takes, where it differs from {@code
 * boxoffice.api.max-body-bytes}: a number of bytes, or the MicroProfile Config key that holds it
 * (for uploads whose limit is a setting of its own).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    /** The limit in bytes; ignored when {@link #setting()} is given. */
    long bytes() default 0;

    /** A configuration key whose value is the limit in bytes. */
    String setting() default "";
}
