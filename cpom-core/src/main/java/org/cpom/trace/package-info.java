/**
 * Traces of computations: ordered steps with their amount and legal basis.
 */
@CpomStyle
package org.cpom.trace;

import org.cpom.internal.CpomStyle;
