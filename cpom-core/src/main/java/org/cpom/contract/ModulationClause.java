package org.cpom.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The contract's activity objective for one ESMS on one indicator, and how its dotation is modulated when
 * activity falls short (modulation de la dotation en fonction de l'activité, CASF R314-43-2).
 *
 * <p>The gap is counted in points for a rate and relatively for a count (see {@link ModulationIndicator}).
 * R314-43-2 III leaves the percentage to « des modalités prévues par le contrat » and caps it at half the
 * gap. The clause's modality is one of:
 *
 * <ul>
 *   <li><b>proportional</b> (the default): {@code coefficient x gap}, the coefficient above zero and at most
 *       {@code 0.5} (the default, the legal maximum);
 *   <li><b>franchise</b> (tolerance band): no abatement up to a gap of {@link #franchise()}, then {@code
 *       coefficient x (gap - franchise)}; e.g. a 2-point franchise and 50 % of the excess give 1.5 % for a
 *       gap of 5 %;
 *   <li><b>steps</b> (paliers): the percentage of the highest {@link ModulationStep} whose lower gap is
 *       reached; each step is at most half of its own lower gap;
 * </ul>
 *
 * <p>and any of them may be capped in euros ({@link #euroCap()}). A modality that could give more than half
 * the gap is rejected when the clause is built, naming R314-43-2 III; the engine checks the legal cap again
 * on what it computes and shows it in the trace.
 *
 * <p>An ESMS may have several clauses, one per indicator (« un ou plusieurs des indicateurs », R314-43-2 II):
 * they then share the same {@link #combination()}, {@link #abatementBase()} and {@link #reducesBase()}, which
 * are terms of the ESMS's modulation. The modulation is a one-year abatement unless the contract says the base
 * is reduced as well ({@link #reducesBase()}).
 *
 * <p>Example: objective 95 %, coefficient 0.5, observed occupancy 85 %: the dotation is reduced by at most
 * 5 %.
 *
 * <p>Build one with {@link #builder()}, {@link #occupancy(FinessNumber, Rate, LegalBasis)}, {@link
 * #peopleSupported(FinessNumber, long, LegalBasis)} or {@link #servicesDelivered(FinessNumber, long, LegalBasis)}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ModulationClause {
  static final LegalBasis RULE = Articles.R314_43_2_III;
  /** The legal maximum of the coefficient: half of the gap. */
  static final BigDecimal HALF = new BigDecimal("0.5");

  ModulationClause() {}

  /**
   * A builder; {@code esms}, {@code indicator}, {@code objective} and {@code clause} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ModulationClause}; {@code build()} validates the whole value. The objective may be given
   * as a {@link Rate} for a rate indicator or as a whole number for a count, besides the plain decimal.
   */
  public static final class Builder extends ImmutableModulationClause.Builder {
    Builder() {}

    /**
     * Sets the objective of a rate indicator, e.g. {@code Rate.ofPercent("95")}.
     *
     * @param rate the objective, above 0 and at most 100 %
     * @return this builder
     */
    public Builder objective(Rate rate) {
      objective(Checks.notNull(rate, "rate").toFraction());
      return this;
    }

    /**
     * Sets the objective of a count indicator, e.g. {@code 8000} actes.
     *
     * @param count the objective, above zero
     * @return this builder
     */
    public Builder objective(long count) {
      objective(BigDecimal.valueOf(count));
      return this;
    }
  }

  /**
   * A clause on the occupancy rate with the legal maximum coefficient (one half) and a one-year abatement.
   *
   * @param esms the ESMS
   * @param objective the occupancy objective, above 0 and at most 100 %
   * @param clause the contract article, e.g. {@code LegalBasis.clause("art. 7.2")}
   * @return the clause
   */
  public static ModulationClause occupancy(FinessNumber esms, Rate objective, LegalBasis clause) {
    return builder()
        .esms(esms)
        .indicator(ModulationIndicator.OCCUPANCY_RATE)
        .objective(Checks.notNull(objective, "objective").toFraction())
        .clause(clause)
        .build();
  }

  /**
   * A clause on the number of people supported in the calendar year (R314-43-2 II 2°), with the legal maximum
   * coefficient (one half) and a one-year abatement.
   *
   * @param esms the ESMS
   * @param objective the number of people, above zero
   * @param clause the contract article
   * @return the clause
   */
  public static ModulationClause peopleSupported(FinessNumber esms, long objective, LegalBasis clause) {
    return builder().esms(esms).indicator(ModulationIndicator.PEOPLE_SUPPORTED).objective(objective).clause(clause)
        .build();
  }

  /**
   * A clause on the number of services delivered in the calendar year (R314-43-2 II 3°), with the legal
   * maximum coefficient (one half) and a one-year abatement.
   *
   * @param esms the ESMS
   * @param objective the number of services (actes, prestations), above zero
   * @param clause the contract article
   * @return the clause
   */
  public static ModulationClause servicesDelivered(FinessNumber esms, long objective, LegalBasis clause) {
    return builder().esms(esms).indicator(ModulationIndicator.SERVICES_DELIVERED).objective(objective).clause(clause)
        .build();
  }

  /**
   * The ESMS (FINESS géographique) the objective applies to.
   *
   * @return the FINESS
   */
  public abstract FinessNumber esms();

  /**
   * The indicator the contract uses: one of the three of R314-43-2 II or the contract's own.
   *
   * @return the indicator
   */
  public abstract ModulationIndicator indicator();

  /**
   * The objective: a fraction for a rate ({@code 0.95} for 95 %), a number of people or services for a
   * count.
   *
   * @return the objective, above zero
   */
  public abstract BigDecimal objective();

  /**
   * The share of the gap (or, with a franchise, of the gap beyond it) that becomes the modulation
   * percentage: above zero, at most one half (R314-43-2 III). Not used with steps, where it keeps its default.
   *
   * @return the coefficient; {@code 0.5} unless the contract says less
   */
  @Value.Default
  public BigDecimal coefficient() {
    return HALF;
  }

  /**
   * The tolerance band (franchise): the gap below which nothing is abated, the abatement then being the
   * coefficient times the gap beyond it. In the gap's unit: points for a rate, relative for a count.
   *
   * @return zero (no franchise) unless the contract sets one, below 100 %
   */
  @Value.Default
  public Rate franchise() {
    return Rate.ZERO;
  }

  /**
   * The steps (paliers), by increasing lower gap, when the contract sets the percentage by steps of the gap
   * rather than by a coefficient.
   *
   * @return the steps, possibly none
   */
  public abstract List<ModulationStep> steps();

  /**
   * A cap in euros on the abatement this clause gives, before any waiver.
   *
   * @return the cap, above zero, if the contract sets one
   */
  public abstract Optional<Amount> euroCap();

  /**
   * How this clause's percentage combines with the ESMS's other clauses; the same for all of them.
   *
   * @return {@link ModulationCombination#LARGEST} unless the contract says otherwise
   */
  @Value.Default
  public ModulationCombination combination() {
    return ModulationCombination.LARGEST;
  }

  /**
   * The weight of this clause in a {@link ModulationCombination#WEIGHTED_MEAN}.
   *
   * @return above zero; {@code 1} unless the contract says otherwise
   */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /**
   * What the percentage applies to: the perennial part (default) or the notified dotation (R314-43-2 III
   * speaks of « abattement de la dotation globale ou du forfait global »). The same for all the ESMS's
   * clauses.
   *
   * @return {@link AbatementBase#PERENNIAL_PART} unless the contract says otherwise
   */
  @Value.Default
  public AbatementBase abatementBase() {
    return AbatementBase.PERENNIAL_PART;
  }

  /**
   * Whether the modulation also reduces the base reconductible of the next year; otherwise it is a one-year
   * abatement ({@link org.cpom.Convention#MODULATION_ONE_YEAR}, unless the contract says so). The same for all the ESMS's clauses; not with
   * an abatement of the {@link AbatementBase#NOTIFIED_DOTATION}, which reaches the CNR.
   *
   * @return false unless the contract says so
   */
  @Value.Default
  public boolean reducesBase() {
    return false;
  }

  /**
   * The contract article that sets the objective and the modulation.
   *
   * @return the clause
   */
  public abstract LegalBasis clause();

  /**
   * The modality of the percentage, as it reads in a trace.
   *
   * @return e.g. "franchise 2% then coefficient 0.5 x the excess"
   */
  public String modality() {
    String text;
    if (!steps().isEmpty()) {
      text = "steps " + steps();
    } else if (franchise().signum() > 0) {
      text = "franchise " + franchise() + " then coefficient " + coefficient().toPlainString() + " x the excess";
    } else {
      text = "coefficient " + coefficient().toPlainString() + " x gap";
    }
    return euroCap().map(c -> text + ", at most " + c).orElse(text);
  }

  @Value.Check
  ModulationClause check() {
    // a BigDecimal subclass could compare as it likes: the value keeps a plain copy, checked in its turn
    if (!Checks.isPlain(objective())) {
      return builder().from(this).objective(Checks.plain(objective())).build();
    }
    // bounded before toPlainString, which writes every digit of 1E+999999999
    Checks.bounded(objective(), "modulationClause.objective");
    validate();
    return this;
  }

  private void validate() {
    LegalBasis article = LegalBasis.casf(indicator().article());
    Checks.check(objective().signum() > 0, "modulationClause.objective", objective().toPlainString(), article,
        "the objective must be above zero");
    if (indicator().isCount()) {
      Checks.check(objective().stripTrailingZeros().scale() <= 0, "modulationClause.objective",
          objective().toPlainString(), article, "a count objective is a whole number");
    } else {
      Checks.check(objective().compareTo(BigDecimal.ONE) <= 0, "modulationClause.objective",
          objective().toPlainString(), article, "a rate objective is a fraction at most 1 (100 %)");
    }
    Checks.check(coefficient().signum() > 0 && coefficient().compareTo(HALF) <= 0, "modulationClause.coefficient",
        coefficient().toPlainString(), RULE, "the percentage may not exceed half of the gap: coefficient in ]0, 0.5]");
    Checks.check(franchise().signum() >= 0 && franchise().compareTo(Rate.ONE) < 0, "modulationClause.franchise",
        franchise(), RULE, "a franchise is a gap from 0 to below 100 %");
    if (!steps().isEmpty()) {
      Checks.check(franchise().signum() == 0, "modulationClause.franchise", franchise(), RULE,
          "a clause sets its percentage either by steps or by a franchise and a coefficient, not both");
      Checks.check(coefficient().compareTo(HALF) == 0, "modulationClause.coefficient", coefficient().toPlainString(),
          RULE, "a clause by steps does not use a coefficient");
      for (int i = 1; i < steps().size(); i++) {
        Checks.check(steps().get(i).fromGap().compareTo(steps().get(i - 1).fromGap()) > 0, "modulationClause.steps",
            steps(), RULE, "steps go by strictly increasing gap");
      }
    }
    euroCap().ifPresent(c -> Checks.check(c.isPositive(), "modulationClause.euroCap", c, RULE,
        "a cap in euros is above zero"));
    Checks.check(weight().signum() > 0, "modulationClause.weight", weight().toPlainString(), RULE,
        "a weight is above zero");
    // an abatement partly computed on one-off credits cannot lower the base reconductible, which never holds CNR
    Checks.check(!(reducesBase() && abatementBase() == AbatementBase.NOTIFIED_DOTATION), "modulationClause.reducesBase",
        true, RULE.readWith(Convention.MODULATION_ONE_YEAR), "an abatement of the notified dotation (CNR included) is for one year only; "
            + "only an abatement of the perennial part may reduce the base");
  }

  /**
   * Checks that the clauses of one ESMS can be combined: at least one, all of the same ESMS, one per
   * indicator, and the same combination rule, base of the abatement and effect on the base.
   *
   * @param clauses the clauses of one ESMS
   * @param field the field reported
   * @throws org.cpom.CpomValidationException if they cannot be combined
   */
  public static void checkCombinable(List<ModulationClause> clauses, String field) {
    Checks.noNulls(clauses, "clauses");
    Checks.notNull(field, "field");
    Checks.check(!clauses.isEmpty(), field, "[]", RULE, "at least one clause");
    ModulationClause first = clauses.get(0);
    java.util.Set<ModulationIndicator> seen = new java.util.HashSet<>();
    for (ModulationClause c : clauses) {
      Checks.check(c.esms().equals(first.esms()), field, c.esms(), Articles.R314_43_2_III,
          "the percentage is set per ESMS: clauses of " + first.esms() + " only");
      Checks.check(seen.add(c.indicator()), field, c.esms() + " " + c.indicator(), LegalBasis.casf("R314-43-2 II"),
          "two clauses set the same indicator for the same ESMS");
      Checks.check(c.combination() == first.combination() && c.abatementBase() == first.abatementBase()
              && c.reducesBase() == first.reducesBase(), field, c.esms() + " " + c.indicator(), RULE,
          "the clauses of one ESMS share the combination rule, the base of the abatement and its effect on the base");
    }
  }
}
