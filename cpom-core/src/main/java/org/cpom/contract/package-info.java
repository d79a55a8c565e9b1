/**
 * The CPOM itself: legal basis, period, perimeter, financial clause (R314-40), avenants, milestones,
 * objectives and fiches-actions, and the grille d'état d'avancement.
 */
@CpomStyle
package org.cpom.contract;

import org.cpom.internal.CpomStyle;
