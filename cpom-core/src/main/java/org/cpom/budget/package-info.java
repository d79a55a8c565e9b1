/**
 * Budgets of the ESMS of a CPOM: budget lines classified into groupes fonctionnels
 * (CASF R314-13) by a replaceable account mapping, and the three views of one budget (per ESMS, per
 * enveloppe, global); the budget base zéro (BBZ) rebuilt from activity, staffing and cost drivers, with its
 * gap to the historical base; decision packages funded within an envelope; the matrice de suivi budgétaire
 * (budget against actual, year-end forecast); and the prix de journée of CASF R314-113.
 *
 * <p>Entry points: {@link org.cpom.budget.AccountMapping#defaults()}, {@link org.cpom.budget.Budget#of},
 * {@link org.cpom.budget.Bbz#compute}, {@link org.cpom.budget.PackageSelection#of},
 * {@link org.cpom.budget.MatriceDeSuivi#of} and {@link org.cpom.budget.PrixDeJournee#of}.
 */
@CpomStyle
package org.cpom.budget;

import org.cpom.internal.CpomStyle;
