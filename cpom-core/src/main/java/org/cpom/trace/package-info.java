/**
 * Traces of computations: ordered steps with their amount and legal basis (RULES section 0).
 */
@CpomStyle
package org.cpom.trace;

import org.cpom.internal.CpomStyle;
