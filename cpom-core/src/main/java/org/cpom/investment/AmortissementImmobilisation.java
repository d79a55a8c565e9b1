package org.cpom.investment;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.LegalBasis;
import org.cpom.money.Amount;

/**
 * The depreciation of an asset: one {@link AmortissementComposant} per component (CGI annexe II art. 15 bis), and
 * their totals by exercice for the PGFP and the surcoûts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AmortissementImmobilisation {
  private final Immobilisation immobilisation;
  private final ProrataConvention convention;
  private final List<AmortissementComposant> composants;

  AmortissementImmobilisation(Immobilisation immobilisation, ProrataConvention convention,
      List<AmortissementComposant> composants) {
    this.immobilisation = immobilisation;
    this.convention = convention;
    this.composants = List.copyOf(composants);
  }

  /** @return the asset */
  public Immobilisation immobilisation() {
    return immobilisation;
  }

  /** @return the prorata convention */
  public ProrataConvention convention() {
    return convention;
  }

  /** @return the components' depreciation, in the asset's order */
  public List<AmortissementComposant> composants() {
    return composants;
  }

  /**
   * The depreciation of one component.
   *
   * @param label the component's label
   * @return its depreciation
   */
  public AmortissementComposant composant(String label) {
    Objects.requireNonNull(label, "label");
    for (AmortissementComposant c : composants) {
      if (c.composant().label().equals(label)) {
        return c;
      }
    }
    Checks.check(false, "label", label, LegalBasis.convention(org.cpom.Convention.DEPRECIATION_SCHEDULE),
        "is not a component of " + immobilisation.label());
    throw new AssertionError();
  }

  /**
   * The accounting dotation (c/68) of the asset in an exercice.
   *
   * @param year the exercice
   * @return the sum of its components' dotations
   */
  public Amount dotationIn(Year year) {
    Objects.requireNonNull(year, "year");
    return Amount.total(composants.stream().map(c -> c.comptable().dotationIn(year)).toList());
  }

  /**
   * The dotation the tariff takes in an exercice: each component's tariff plan where it has one.
   *
   * @param year the exercice
   * @return the sum of the components' opposable dotations
   */
  public Amount dotationOpposableIn(Year year) {
    Objects.requireNonNull(year, "year");
    return Amount.total(composants.stream().map(c -> c.opposable().dotationIn(year)).toList());
  }

  /**
   * The valeur nette comptable of the asset at the end of an exercice.
   *
   * @param year the exercice
   * @return the sum of its components' VNC
   */
  public Amount vncAt(Year year) {
    Objects.requireNonNull(year, "year");
    return Amount.total(composants.stream().map(c -> c.comptable().vncAt(year)).toList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AmortissementImmobilisation o && immobilisation.equals(o.immobilisation)
        && convention == o.convention && composants.equals(o.composants);
  }

  @Override
  public int hashCode() {
    return Objects.hash(immobilisation, convention, composants);
  }

  @Override
  public String toString() {
    return "AmortissementImmobilisation[" + immobilisation.label() + ", " + composants + "]";
  }
}
