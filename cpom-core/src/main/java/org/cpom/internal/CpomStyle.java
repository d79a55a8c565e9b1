package org.cpom.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cpom.MissingAttributeException;
import org.immutables.value.Value;

/**
 * The one Immutables style of cpom, applied from each {@code package-info.java}.
 *
 * <p>SOURCE retention keeps Immutables out of the class files users compile against; {@code jdkOnly} keeps
 * Guava out of generated code; the implementation classes stay package-private behind the abstract types; a
 * builder missing a required attribute throws {@link MissingAttributeException}, a cpom exception.
 *
 * <p>{@code deferCollectionAllocation} is there for its side effect on the builders' {@code Iterable} setters
 * ({@code addAllX}, {@code x(Iterable)}): Immutables then checks the iterable itself and a {@code null} gives
 * a {@link NullPointerException} naming the attribute ({@code "x element"}), where it otherwise gives the
 * JVM's "Cannot invoke Iterable.iterator()" text; the builder allocates its lists on first use instead of
 * up front, which changes nothing else.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    deferCollectionAllocation = true,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = MissingAttributeException.class,
    defaults = @Value.Immutable(copy = true))
public @interface CpomStyle {}
