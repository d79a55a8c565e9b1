package org.cpom.investment;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;

/**
 * The depreciation of one component: its accounting plan and, where the tariff authority accepts another duration,
 * the plan opposable au tarificateur beside it with the difference of each exercice
 * ({@code cpom:tariff-depreciation-plan}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AmortissementComposant {
  private final PlanAmortissement comptable;
  private final PlanAmortissement tarif;
  private final List<AmortissementEcart> ecarts;

  AmortissementComposant(PlanAmortissement comptable, PlanAmortissement tarif, List<AmortissementEcart> ecarts) {
    this.comptable = comptable;
    this.tarif = tarif;
    this.ecarts = List.copyOf(ecarts);
  }

  /** @return the component */
  public Composant composant() {
    return comptable.composant();
  }

  /** @return the accounting plan (plan comptable) */
  public PlanAmortissement comptable() {
    return comptable;
  }

  /** @return the plan opposable au tarificateur, if the authority accepts another duration */
  public Optional<PlanAmortissement> tarif() {
    return Optional.ofNullable(tarif);
  }

  /** @return the plan the tariff takes: the tariff plan if there is one, else the accounting plan */
  public PlanAmortissement opposable() {
    return tarif == null ? comptable : tarif;
  }

  /** @return the exercices where the two plans differ, in order; empty without a tariff plan */
  public List<AmortissementEcart> ecarts() {
    return ecarts;
  }

  /**
   * The difference of an exercice.
   *
   * @param year the exercice
   * @return the difference, if the two plans differ that year
   */
  public Optional<AmortissementEcart> ecartIn(Year year) {
    Objects.requireNonNull(year, "year");
    return ecarts.stream().filter(e -> e.year().equals(year)).findFirst();
  }

  /**
   * The accounting dotation of an exercice.
   *
   * @param year the exercice
   * @return the dotation, zero outside the plan
   */
  public Amount dotationIn(Year year) {
    return comptable.dotationIn(year);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AmortissementComposant o && comptable.equals(o.comptable) && Objects.equals(tarif, o.tarif);
  }

  @Override
  public int hashCode() {
    return Objects.hash(comptable, tarif);
  }

  @Override
  public String toString() {
    return "AmortissementComposant[" + comptable + (tarif == null ? "" : ", tarif " + tarif) + "]";
  }
}
