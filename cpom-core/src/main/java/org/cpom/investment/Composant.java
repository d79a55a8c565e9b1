package org.cpom.investment;

import java.util.Objects;
import java.util.OptionalInt;
import org.cpom.accounts.CompteNum;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * A component (composant) of a tangible asset with its own depreciation plan (CGI annexe II art. 15 bis): its
 * label, its asset account (20x or 21x, land 211 aside), its gross amount, its accounting duration in years and
 * its residual value (zero by default); and, where the tariff authority accepts another duration, that duration.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Composant {
  /** The longest duration accepted, in years. */
  public static final int MAX_DURATION_YEARS = 100;

  private final String label;
  private final CompteNum account;
  private final Amount gross;
  private final int durationYears;
  private final Amount residual;
  private final int tariffDurationYears;

  private Composant(String label, CompteNum account, Amount gross, int durationYears, Amount residual,
      int tariffDurationYears) {
    this.label = label;
    this.account = account;
    this.gross = gross;
    this.durationYears = durationYears;
    this.residual = residual;
    this.tariffDurationYears = tariffDurationYears;
  }

  /**
   * A component depreciated to zero over its accounting duration.
   *
   * @param label its label, not blank
   * @param account its asset account, 20x or 21x but not 211 (land is not depreciated)
   * @param gross its gross amount (valeur brute), above zero
   * @param durationYears its accounting duration, 1 to {@link #MAX_DURATION_YEARS} years
   * @return the component
   */
  public static Composant of(String label, CompteNum account, Amount gross, int durationYears) {
    Checks.notBlank(Objects.requireNonNull(label, "label"), "label");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(gross, "gross");
    String n = account.number();
    Checks.check((n.startsWith("20") || n.startsWith("21")) && !n.startsWith("211") && n.chars().allMatch(Character::isDigit),
        "account", n, Articles.PLAN, "must be a depreciable asset account, 20x or 21x (land 211 aside)");
    Checks.check(gross.isPositive(), "gross", gross, Articles.PLAN, "must be above zero");
    checkDuration(durationYears, "durationYears");
    return new Composant(label.trim(), account, gross, durationYears, Amount.ZERO, 0);
  }

  private static void checkDuration(int years, String field) {
    Checks.check(years >= 1 && years <= MAX_DURATION_YEARS, field, years, Articles.PLAN,
        "must be from 1 to " + MAX_DURATION_YEARS + " years");
  }

  /**
   * This component with a residual value (valeur résiduelle), deducted from the amount depreciated.
   *
   * @param value the residual value, zero or more and below the gross amount
   * @return the component
   */
  public Composant withResidual(Amount value) {
    Objects.requireNonNull(value, "value");
    Checks.check(!value.isNegative() && value.isLessThan(gross), "residual", value, Articles.PLAN,
        "must be zero or more and below the gross amount " + gross);
    return new Composant(label, account, gross, durationYears, value, tariffDurationYears);
  }

  /**
   * This component with the duration the tariff authority accepts, when it differs from the accounting one: a
   * second plan (opposable au tarificateur) is kept beside the accounting plan ({@code cpom:tariff-depreciation-plan}).
   *
   * @param years the duration accepted, 1 to {@link #MAX_DURATION_YEARS} years
   * @return the component
   */
  public Composant withTariffDuration(int years) {
    checkDuration(years, "tariffDurationYears");
    return new Composant(label, account, gross, durationYears, residual, years);
  }

  /** @return the label */
  public String label() {
    return label;
  }

  /** @return the asset account (compte 20x or 21x) */
  public CompteNum account() {
    return account;
  }

  /** @return the depreciation account (compte 28x): 28 followed by the asset account's digits after the 2 */
  public CompteNum depreciationAccount() {
    return CompteNum.of("28" + account.number().substring(1));
  }

  /** @return the gross amount (valeur brute) */
  public Amount gross() {
    return gross;
  }

  /** @return the residual value, zero by default */
  public Amount residual() {
    return residual;
  }

  /** @return the amount depreciated (montant amortissable): gross less residual, above zero */
  public Amount depreciable() {
    return gross.minus(residual);
  }

  /** @return the accounting duration in years */
  public int durationYears() {
    return durationYears;
  }

  /** @return the duration the tariff authority accepts, if one was given */
  public OptionalInt tariffDurationYears() {
    return tariffDurationYears == 0 ? OptionalInt.empty() : OptionalInt.of(tariffDurationYears);
  }


  @Override
  public boolean equals(Object obj) {
    return obj instanceof Composant o && label.equals(o.label) && account.equals(o.account) && gross.equals(o.gross)
        && durationYears == o.durationYears && residual.equals(o.residual)
        && tariffDurationYears == o.tariffDurationYears;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, account, gross, durationYears, residual, tariffDurationYears);
  }

  @Override
  public String toString() {
    return "Composant[" + label + " " + account + " " + gross + " over " + durationYears + " years"
        + (residual.isZero() ? "" : ", residual " + residual)
        + (tariffDurationYears == 0 ? "" : ", tariff " + tariffDurationYears + " years") + "]";
  }
}
