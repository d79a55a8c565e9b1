/**
 * Allocation of results (affectation des résultats) and the reserves ledger.
 *
 * <p>The entry point is {@link org.cpom.result.ResultEngine}: from a
 * {@link org.cpom.result.ClosedExercice} (built from its {@link org.cpom.contract.Cpom}, which supplies the
 * regime, the clause and the gestionnaire, with the results of each
 * {@link org.cpom.result.CompteDeResultat}, the {@link org.cpom.result.ReserveLedger}), it applies the
 * mandatory steps of R314-234 (EPRD) or R314-51 (traditional budget), checks the free part given in an
 * {@link org.cpom.result.AllocationProposal}, and returns either every {@link org.cpom.Violation} or
 * an {@link org.cpom.result.AllocationDecision} with its movements, the new ledger and an ERRD-shaped
 * {@link org.cpom.result.AllocationTable}. {@link org.cpom.result.BilanFinancier} gives the BFR of
 * R314-48 III that caps the réserve de trésorerie.
 */
@CpomStyle
package org.cpom.result;

import org.cpom.internal.CpomStyle;
