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
 * <p>No style option makes the generated setters for a varargs array, an {@code Iterable}, an {@code Optional}
 * or a {@code Map} name a null argument (checked with Immutables 2.12.2: {@code deferCollectionAllocation}
 * covers the {@code Iterable} ones only); the build patches them ({@code cpom-core/build/NameBuilderNulls.java}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = MissingAttributeException.class,
    defaults = @Value.Immutable(copy = true))
public @interface CpomStyle {}
