/** cpom package budget. */
@CpomStyle
package org.cpom.budget;

import org.cpom.internal.CpomStyle;
