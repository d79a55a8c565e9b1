package org.cpom.dialogue;

import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * The amounts of a year the taux de prestations externes sur les prestations directes is worked from, as the
 * caller reads them in its accounts ({@code cpom:staff-external-services}): 6111 prestations à caractère médical,
 * 6112 prestations à caractère médico-social, the part of 621 personnel extérieur and of 6226 honoraires tied to
 * the direct services (62111 personnel administratif et hôtelier left out), 6223 intervenants médicaux, and the
 * dépenses de personnel of groupe II.
 *
 * <p>This class is immutable and thread-safe; two sets of amounts are equal when every amount is.
 */
public final class PrestationsExternes {
  private final Amount c6111;
  private final Amount c6112;
  private final Amount c621Direct;
  private final Amount c6223;
  private final Amount c6226Direct;
  private final Amount personnel;

  private PrestationsExternes(Amount c6111, Amount c6112, Amount c621Direct, Amount c6223, Amount c6226Direct,
      Amount personnel) {
    this.c6111 = c6111;
    this.c6112 = c6112;
    this.c621Direct = c621Direct;
    this.c6223 = c6223;
    this.c6226Direct = c6226Direct;
    this.personnel = personnel;
  }

  /**
   * The amounts, each zero or more.
   *
   * @param c6111 the debit of 6111, prestations à caractère médical
   * @param c6112 the debit of 6112, prestations à caractère médico-social
   * @param c621Direct the part of 621, personnel extérieur à l'établissement, tied to the direct services
   * @param c6223 the debit of 6223, intervenants médicaux (consultants exceptionnels)
   * @param c6226Direct the part of 6226, honoraires, tied to the direct services
   * @param personnel the dépenses de personnel (groupe II)
   * @return the amounts
   * @throws org.cpom.CpomValidationException naming the amount that is negative
   */
  public static PrestationsExternes of(Amount c6111, Amount c6112, Amount c621Direct, Amount c6223,
      Amount c6226Direct, Amount personnel) {
    notNegative(c6111, "c6111");
    notNegative(c6112, "c6112");
    notNegative(c621Direct, "c621Direct");
    notNegative(c6223, "c6223");
    notNegative(c6226Direct, "c6226Direct");
    notNegative(personnel, "personnel");
    return new PrestationsExternes(c6111, c6112, c621Direct, c6223, c6226Direct, personnel);
  }

  private static void notNegative(Amount a, String field) {
    Checks.notNull(a, field);
    Checks.check(!a.isNegative(), field, a, StaffRecords.EXTERNAL_SERVICES, "must not be negative");
  }

  /** @return the debit of 6111 */
  public Amount c6111() {
    return c6111;
  }

  /** @return the debit of 6112 */
  public Amount c6112() {
    return c6112;
  }

  /** @return the part of 621 tied to the direct services */
  public Amount c621Direct() {
    return c621Direct;
  }

  /** @return the debit of 6223 */
  public Amount c6223() {
    return c6223;
  }

  /** @return the part of 6226 tied to the direct services */
  public Amount c6226Direct() {
    return c6226Direct;
  }

  /** @return the dépenses de personnel (groupe II) */
  public Amount personnel() {
    return personnel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrestationsExternes p && c6111.equals(p.c6111) && c6112.equals(p.c6112)
        && c621Direct.equals(p.c621Direct) && c6223.equals(p.c6223) && c6226Direct.equals(p.c6226Direct)
        && personnel.equals(p.personnel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(c6111, c6112, c621Direct, c6223, c6226Direct, personnel);
  }

  @Override
  public String toString() {
    return "PrestationsExternes[6111 " + c6111 + ", 6112 " + c6112 + ", 621 " + c621Direct + ", 6223 " + c6223
        + ", 6226 " + c6226Direct + ", personnel " + personnel + "]";
  }
}
