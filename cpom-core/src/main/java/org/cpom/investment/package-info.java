/**
 * Investments and the multi-year trajectory: the plan pluriannuel d'investissement (PPI), the depreciation of its
 * components, the schedules of the loans that finance it, its incidence on the tariff (surcoûts) and the plan
 * global de financement pluriannuel (PGFP) that an EPRD carries over a sliding six years (CASF R314-213 I 6° and
 * II).
 *
 * <p>Every function is pure and every result compares by value; each schedule sums exactly to the amount it
 * spreads (loan principal, amount depreciated, subsidy taken to income).
 */
package org.cpom.investment;
