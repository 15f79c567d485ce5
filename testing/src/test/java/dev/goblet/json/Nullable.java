package dev.goblet.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Any annotation named {@code Nullable} marks a property that may be null; the app's own works as JSpecify's. */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD,
        ElementType.RECORD_COMPONENT})
@interface Nullable {}
