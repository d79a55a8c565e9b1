/**
 * The exception family of cpom.
 *
 * <p>Conventions that hold in every package: values are immutable and thread-safe; a {@code null} argument
 * throws {@link java.lang.NullPointerException} naming the parameter; input that breaks a rule throws
 * {@link org.cpom.CpomValidationException}, which names the field, the value and the rule; there is no
 * hidden clock, locale or network access.
 */
package org.cpom;
