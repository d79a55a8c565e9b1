package org.cpom.investment;

import java.time.LocalDate;
import org.cpom.money.Amount;

/**
 * One dated instalment of a loan (échéance): the outstanding capital at its start, the interest (c/66), the
 * principal repaid (c/16), the instalment paid and the outstanding capital after it. The instalment is interest plus
 * principal; a broken-period line has a principal of zero. Immutable and thread-safe; compares by value.
 *
 * @param date the payment date
 * @param outstandingBefore the capital due before the payment
 * @param interest the interest paid
 * @param principal the principal repaid
 * @param instalment the amount paid, interest plus principal
 * @param outstandingAfter the capital due after the payment
 */
public record Echeance(LocalDate date, Amount outstandingBefore, Amount interest, Amount principal,
    Amount instalment, Amount outstandingAfter) {}
