package dev.goblet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of {@code @Route} methods that an app registers with {@link RegisterBlueprint}, as Chalice's
 * {@code Blueprint} is registered with {@code app.register_blueprint}.
 *
 * <p>The class must be public, not abstract, and have one public constructor. The generated handler calls it once
 * per Lambda container with what the app provides: a parameter of the app's type gets the app's instance, any other
 * the result of the app's one public no-argument method that returns that type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Blueprint {}
