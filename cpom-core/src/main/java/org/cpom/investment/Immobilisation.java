package org.cpom.investment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * A tangible asset (immobilisation) as its components (CGI annexe II art. 15 bis), with its mise en service and,
 * if known, its order date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Immobilisation {
  private final String label;
  private final LocalDate miseEnService;
  private final LocalDate orderDate;
  private final List<Composant> composants;

  private Immobilisation(String label, LocalDate miseEnService, LocalDate orderDate, List<Composant> composants) {
    this.label = label;
    this.miseEnService = miseEnService;
    this.orderDate = orderDate;
    this.composants = composants;
  }

  /**
   * An asset put into service on a date.
   *
   * @param label its label, not blank
   * @param miseEnService the date of its mise en service, from which it is depreciated
   * @param composants its components, at least one, their labels distinct, their gross amounts totalling at most
   *     {@code Long.MAX_VALUE} cents
   * @return the asset
   * @throws org.cpom.CpomValidationException if the label is blank, the mise en service outside the years 1900 to
   *     2200 ({@link org.cpom.Convention#DEPRECIATION_SCHEDULE}), there is no component, two share a label, or their
   *     total leaves a long
   */
  public static Immobilisation of(String label, LocalDate miseEnService, List<Composant> composants) {
    Checks.notBlank(Objects.requireNonNull(label, "label"), "label");
    checkYear(Objects.requireNonNull(miseEnService, "miseEnService"), "miseEnService");
    List<Composant> list = List.copyOf(Checks.noNulls(composants, "composants"));
    Checks.check(!list.isEmpty(), "composants", list, Articles.COMPOSANTS, "must hold at least one component");
    Set<String> labels = new HashSet<>();
    long gross = 0;
    for (Composant c : list) {
      Checks.check(labels.add(c.label()), "composants", c.label(), Articles.COMPOSANTS, "two components share this label");
      gross = Checks.addExact(gross, c.gross().cents(), "composants");
    }
    return new Immobilisation(label.trim(), miseEnService, null, list);
  }

  /** The dates of an asset fall in the years a contract's may: a mistyped year is caught before any plan. */
  private static void checkYear(LocalDate date, String field) {
    Checks.check(date.getYear() >= 1900 && date.getYear() <= 2200, field, date, InvestmentEngine.SCHEDULE_RULE,
        "must fall in the years 1900 to 2200");
  }

  /**
   * This asset with its order date (date de commande), which the mise en service may not precede.
   *
   * @param date the order date, on or before the mise en service
   * @return the asset
   */
  public Immobilisation withOrderDate(LocalDate date) {
    checkYear(Objects.requireNonNull(date, "date"), "orderDate");
    Checks.check(!miseEnService.isBefore(date), "miseEnService", miseEnService, Articles.PLAN,
        "must not precede the order date " + date);
    return new Immobilisation(label, miseEnService, date, composants);
  }

  /** @return the label */
  public String label() {
    return label;
  }

  /** @return the date of the mise en service */
  public LocalDate miseEnService() {
    return miseEnService;
  }

  /** @return the order date, if given */
  public Optional<LocalDate> orderDate() {
    return Optional.ofNullable(orderDate);
  }

  /** @return the components, in the order given */
  public List<Composant> composants() {
    return composants;
  }

  /** @return the gross amount of the asset: the sum of its components' */
  public Amount gross() {
    return Amount.total(composants.stream().map(Composant::gross).toList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Immobilisation o && label.equals(o.label) && miseEnService.equals(o.miseEnService)
        && Objects.equals(orderDate, o.orderDate) && composants.equals(o.composants);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, miseEnService, orderDate, composants);
  }

  @Override
  public String toString() {
    return "Immobilisation[" + label + ", mise en service " + miseEnService + ", " + composants + "]";
  }
}
