/**
 * Paying a dotation (RULES section 4): twelve monthly payments on the date of R314-107, advances of the
 * previous year's twelfths until the decision and the catch-up after it (R314-108, R314-116), for one
 * amount or for a DGC with the quote-part of each ESMS, décisions modificatives included. The entry point
 * is {@link org.cpom.payment.PaymentEngine}.
 */
@CpomStyle
package org.cpom.payment;

import org.cpom.internal.CpomStyle;
