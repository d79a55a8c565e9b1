/**
 * Activity and its modulation (CASF R314-43-2, R314-160, R314-174): occupancy and realisation rates from
 * activity records, the modulation of R314-43-2 under the contract's clauses (one or several indicators, the
 * contract's modality, half the gap at most), and the EHPAD modulation of R314-160 (soins) and R314-174
 * (dépendance) against dated thresholds, on the equation part of the forfait only. The entry point is {@link
 * org.cpom.activity.ActivityEngine}.
 */
@CpomStyle
package org.cpom.activity;

import org.cpom.internal.CpomStyle;
