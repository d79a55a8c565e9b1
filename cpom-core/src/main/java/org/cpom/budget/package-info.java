/**
 * Budgets of the ESMS of a CPOM: budget lines classified into groupes fonctionnels
 * (CASF R314-13) by a replaceable account mapping, and the three views of one budget (per ESMS, per
 * enveloppe, global); the budget base zéro (BBZ) rebuilt from activity, staffing and cost drivers, with its
 * gap to the historical base; decision packages funded within an enveloppe; the matrice de suivi budgétaire
 * (budget against actual, year-end forecast); and the prix de journée of CASF R314-113.
 *
 * <p>Entry point: {@link org.cpom.budget.BudgetEngine}, whose static functions compute every result of the
 * package ({@code classify}, {@code compute}, {@code select}, {@code track}, {@code dayBasis},
 * {@code prixDeJournee}); {@link org.cpom.budget.AccountMapping#standard()} is the account mapping shipped with
 * the library. Results compare by value.
 */
@CpomStyle
package org.cpom.budget;

import org.cpom.internal.CpomStyle;
