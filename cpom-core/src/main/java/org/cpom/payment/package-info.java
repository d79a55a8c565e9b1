/** cpom package payment. */
@CpomStyle
package org.cpom.payment;

import org.cpom.internal.CpomStyle;
