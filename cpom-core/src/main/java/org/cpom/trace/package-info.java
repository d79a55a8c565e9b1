/**
 * Traces of computations: ordered steps with their amount and legal basis.
 *
 * <p>The basis of a step is a {@link org.cpom.LegalBasis}, the same typed rule that exceptions and allocation
 * violations carry: an article of law, a clause of the contract, a convention of the library (catalogued, with
 * stable identifiers, in {@link org.cpom.Convention}, listed in the {@linkplain org.cpom package documentation}
 * and in {@code docs/conventions.md}), or a basis the caller gave.
 */
@CpomStyle
package org.cpom.trace;

import org.cpom.internal.CpomStyle;
