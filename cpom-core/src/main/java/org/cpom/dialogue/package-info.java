/**
 * The dialogue de gestion: the annex of activity reports a CPOM-PH carries (activité et taux d'occupation, part des
 * « Creton », part des personnes d'autres départements, rotation, âge moyen et absentéisme des salariés, situation
 * financière et indicateurs d'alerte, qualité), computed from the records an ERP holds, compared with the contract's
 * targets and assembled into the yearly report both parties read.
 *
 * <p>This package sits on top of the others: it reads the contract, the activity, the accounts and the financial
 * analysis through their values; nothing else in cpom uses it.
 */
@CpomStyle
package org.cpom.dialogue;

import org.cpom.internal.CpomStyle;
