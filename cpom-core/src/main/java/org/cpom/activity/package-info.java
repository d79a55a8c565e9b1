/**
 * Activity and its modulation (RULES section 5): occupancy and realisation rates from activity records, the
 * PH modulation of R314-43-2 under a contract clause, and the EHPAD modulation of R314-160 (soins) and
 * R314-174 (dépendance) against dated thresholds. The entry point is {@link
 * org.cpom.activity.ActivityModulation}.
 */
@CpomStyle
package org.cpom.activity;

import org.cpom.internal.CpomStyle;
