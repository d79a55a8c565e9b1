/**
 * The dotation globalisée commune (CASF R314-43-1): each ESMS's yearly amount with its
 * trace (base reconductible, actualisation by the R314-40 mode, mesures nouvelles, CNR, activity modulation,
 * adjustments), the DGC, the arrêté's provisional split, décisions modificatives, the bases of the next year
 * and multi-year projections. The entry point is {@link org.cpom.dotation.DotationEngine}.
 */
@CpomStyle
package org.cpom.dotation;

import org.cpom.internal.CpomStyle;
