/**
 * Traces of computations (traçabilité des calculs): ordered steps with their amount and legal basis.
 *
 * <p>Each {@link org.cpom.trace.TraceStep} has a {@link org.cpom.trace.StepKind} and typed arguments, so a reader
 * (an ERP building its own documents) need not parse text; its label is rendered in French or English with an
 * explicit {@link java.util.Locale} by {@link org.cpom.trace.TraceStep#label(java.util.Locale)} and {@link
 * org.cpom.trace.Trace#render(java.util.Locale)}, with the number formats {@link org.cpom.trace.TraceLabels}
 * documents and never the JVM default locale. The enums a user prints implement {@link org.cpom.trace.Labelled}.
 *
 * <p>The basis of a step is a {@link org.cpom.LegalBasis}, the same typed rule that exceptions and allocation
 * violations carry: an article of law, a clause of the contract, a convention of the library (catalogued, with
 * stable identifiers, in {@link org.cpom.Convention}, listed in the {@linkplain org.cpom package documentation}
 * and in {@code docs/conventions.md}), or a basis the caller gave.
 */
@CpomStyle
package org.cpom.trace;

import org.cpom.internal.CpomStyle;
