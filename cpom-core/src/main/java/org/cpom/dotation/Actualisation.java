package org.cpom.dotation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.contract.TariffMode;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.trace.StepKind;
import org.cpom.trace.TraceStep;
import org.cpom.LegalBasis;

/**
 * How the base reconductible of an ESMS is updated for the year (actualisation), by the mode of the
 * contract's financial clause (CASF R314-40 step 2).
 *
 * <ul>
 *   <li>{@link #campaignRate(Rate)}: mode 1°, the update rate of the limitative envelopes given by the
 *       year's campaign.
 *   <li>{@link #contractFormula(Rate, LegalBasis)} and {@link #contractFormula(Amount, Rate, Rate,
 *       LegalBasis)}: mode 2°, a formula written in the contract, with one rate or with separate rates for
 *       the salary part of the base (an input) and the rest.
 *   <li>{@link #givenAmount(Amount, LegalBasis)}: mode 4° (an amount from a tariff equation, ceiling or
 *       algorithm) or 3° (an amount set by the year's avenant, L313-11 contracts only).
 * </ul>
 *
 * <p>The updated base is rounded once, HALF_UP, from the exact sum of the products.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Actualisation {
  enum Kind {
    RATE,
    FORMULA,
    AMOUNT
  }

  private final Kind kind;
  private final Rate rate;
  private final Amount salaryPart;
  private final Rate otherRate;
  private final Amount amount;
  private final LegalBasis source;

  private Actualisation(Kind kind, Rate rate, Amount salaryPart, Rate otherRate, Amount amount, LegalBasis source) {
    this.kind = kind;
    this.rate = rate;
    this.salaryPart = salaryPart;
    this.otherRate = otherRate;
    this.amount = amount;
    this.source = source;
  }

  /**
   * Mode 1°: the campaign's update rate for the year, e.g. 1.20 %.
   *
   * @param rate the rate; may be negative
   * @return the actualisation
   */
  public static Actualisation campaignRate(Rate rate) {
    return new Actualisation(Kind.RATE, Objects.requireNonNull(rate, "rate"), null, null, null, null);
  }

  /**
   * Mode 2°: the contract's update formula, one rate on the whole base.
   *
   * @param rate the rate the formula gives for the year
   * @param clause the contract article holding the formula
   * @return the actualisation
   */
  public static Actualisation contractFormula(Rate rate, LegalBasis clause) {
    return new Actualisation(Kind.FORMULA, Objects.requireNonNull(rate, "rate"), null, null, null,
        Objects.requireNonNull(clause, "clause"));
  }

  /**
   * Mode 2°: the contract's update formula with a rate for the salary part of the base and another for
   * the rest.
   *
   * @param salaryPart the salary part of the base reconductible, zero to the whole base
   * @param salaryRate the rate on the salary part
   * @param otherRate the rate on the rest of the base
   * @param clause the contract article holding the formula
   * @return the actualisation
   */
  public static Actualisation contractFormula(Amount salaryPart, Rate salaryRate, Rate otherRate, LegalBasis clause) {
    Checks.check(!Objects.requireNonNull(salaryPart, "salaryPart").isNegative(), "actualisation.salaryPart",
        salaryPart, Articles.R314_40_2, "must not be negative");
    return new Actualisation(Kind.FORMULA, Objects.requireNonNull(salaryRate, "salaryRate"), salaryPart,
        Objects.requireNonNull(otherRate, "otherRate"), null, Objects.requireNonNull(clause, "clause"));
  }

  /**
   * Mode 4° (or 3°): the updated base is an amount set outside the library, by a tariff equation, a ceiling
   * or an algorithm (4°), or by the year's avenant (3°).
   *
   * @param updatedBase the updated base, zero or more
   * @param source where the amount comes from, e.g. "équation tarifaire soins, arrêté du ..."
   * @return the actualisation
   */
  public static Actualisation givenAmount(Amount updatedBase, LegalBasis source) {
    Checks.check(!Objects.requireNonNull(updatedBase, "updatedBase").isNegative(), "actualisation.updatedBase",
        updatedBase, LegalBasis.casf("R314-40 4°"), "must not be negative");
    return new Actualisation(Kind.AMOUNT, null, null, null, updatedBase, Objects.requireNonNull(source, "source"));
  }

  /** Whether this actualisation is the kind the contract's mode calls for. */
  boolean fits(TariffMode mode) {
    switch (mode) {
      case CAMPAIGN_RATE:
        return kind == Kind.RATE;
      case CONTRACT_FORMULA:
        return kind == Kind.FORMULA;
      default:
        return kind == Kind.AMOUNT;
    }
  }

  static String expected(TariffMode mode) {
    switch (mode) {
      case CAMPAIGN_RATE:
        return "a campaign rate";
      case CONTRACT_FORMULA:
        return "a contract formula";
      default:
        return "a given amount";
    }
  }

  /** The updated base, rounded once. */
  Amount apply(Amount base, java.util.function.Supplier<String> field) {
    switch (kind) {
      case AMOUNT:
        return amount;
      case RATE:
        return base.multipliedBy(rate.growthFactor(), RoundingMode.HALF_UP);
      default:
        if (salaryPart == null) {
          return base.multipliedBy(rate.growthFactor(), RoundingMode.HALF_UP);
        }
        if (salaryPart.isGreaterThan(base)) {
          throw new org.cpom.CpomValidationException(field.get() + ".actualisation.salaryPart", salaryPart,
              Articles.R314_40_2, "the salary part exceeds the base reconductible " + base);
        }
        BigDecimal exact = salaryPart.toBigDecimal().multiply(rate.growthFactor())
            .add(base.minus(salaryPart).toBigDecimal().multiply(otherRate.growthFactor()));
        return Amount.of(exact, RoundingMode.HALF_UP);
    }
  }

  /** The trace step of the actualisation, giving {@code change}. */
  TraceStep step(Amount base, TariffMode mode, Amount change, LegalBasis basis) {
    switch (kind) {
      case AMOUNT:
        return TraceStep.of(mode == TariffMode.ANNUAL_AMENDMENT ? StepKind.ACTUALISATION_BY_AVENANT
            : StepKind.ACTUALISATION_BY_EQUATION, change, basis, amount, source);
      case RATE:
        return TraceStep.of(StepKind.ACTUALISATION_CAMPAIGN_RATE, change, basis, rate, base);
      default:
        if (salaryPart == null) {
          return TraceStep.of(StepKind.ACTUALISATION_CONTRACT_FORMULA, change, basis, rate, base);
        }
        return TraceStep.of(StepKind.ACTUALISATION_SALARY_PART, change, basis, rate, salaryPart, otherRate,
            base.minus(salaryPart));
    }
  }

  /**
   * The legal basis of the step: the article of the mode, read with the source when it is a convention of the
   * library, or with the clause or source the caller gave as its note.
   */
  LegalBasis basis(TariffMode mode) {
    LegalBasis article = article(mode);
    if (source == null) {
      return article;
    }
    // one Actualisation is usually given to many ESMS of the same mode: keep the last basis built
    ModeBasis last = lastBasis;
    if (last != null && last.mode == mode) {
      return last.basis;
    }
    LegalBasis basis = source.kind() == LegalBasis.Kind.CONVENTION ? article.readWith(source.convention().orElseThrow())
        : article.withNote(source.text());
    lastBasis = new ModeBasis(mode, basis);
    return basis;
  }

  /** The article of a tariff mode (CASF R314-40 1° to 4°), built once per mode. */
  static LegalBasis article(TariffMode mode) {
    return ARTICLES.get(mode);
  }

  private static final Map<TariffMode, LegalBasis> ARTICLES = articles();

  private static Map<TariffMode, LegalBasis> articles() {
    EnumMap<TariffMode, LegalBasis> m = new EnumMap<>(TariffMode.class);
    for (TariffMode t : TariffMode.values()) {
      m.put(t, LegalBasis.casf(t.article()));
    }
    return Collections.unmodifiableMap(m);
  }

  /** A basis and the mode it is for; final fields, so a racing reader sees both or the previous pair. */
  private static final class ModeBasis {
    final TariffMode mode;
    final LegalBasis basis;

    ModeBasis(TariffMode mode, LegalBasis basis) {
      this.mode = mode;
      this.basis = basis;
    }
  }

  // a cache only: losing a write to a race builds the same basis again
  private ModeBasis lastBasis;

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Actualisation)) {
      return false;
    }
    Actualisation o = (Actualisation) obj;
    return kind == o.kind && Objects.equals(rate, o.rate) && Objects.equals(salaryPart, o.salaryPart)
        && Objects.equals(otherRate, o.otherRate) && Objects.equals(amount, o.amount) && Objects.equals(source, o.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, rate, salaryPart, otherRate, amount, source);
  }

  @Override
  public String toString() {
    switch (kind) {
      case AMOUNT:
        return "Actualisation[amount " + amount + ", " + source + "]";
      case RATE:
        return "Actualisation[campaign rate " + rate + "]";
      default:
        return "Actualisation[formula " + rate + Optional.ofNullable(salaryPart).map(s -> " on " + s + ", " + otherRate + " on the rest").orElse("")
            + ", " + source + "]";
    }
  }
}
