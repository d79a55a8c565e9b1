/**
 * Exact EUR amounts, rates, and splits that never create or lose a cent.
 *
 * <p>{@link org.cpom.money.Amount} holds whole cents; every lossy operation takes an explicit
 * {@link java.math.RoundingMode}. The library's default for a single computed amount is
 * {@link java.math.RoundingMode#HALF_UP}, applied once at the end of the computation.
 */
package org.cpom.money;
