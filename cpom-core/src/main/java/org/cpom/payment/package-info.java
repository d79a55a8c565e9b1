/**
 * Paying a dotation: twelve monthly payments, advances of the previous year's twelfths until the decision and
 * the catch-up after it, for one amount or for a DGC with the quote-part of each ESMS, décisions modificatives
 * included. The {@link org.cpom.payment.PaymentRegime} sets the articles: CASF R314-107, R314-108 and
 * R314-116 for the State and the Départements, the Code de la sécurité sociale for the assurance maladie
 * (CASF R314-111). The entry point is {@link org.cpom.payment.PaymentEngine}.
 */
@CpomStyle
package org.cpom.payment;

import org.cpom.internal.CpomStyle;
