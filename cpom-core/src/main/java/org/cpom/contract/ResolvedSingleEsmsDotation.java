package org.cpom.contract;

import java.time.Year;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.Financement;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.TariffAuthority;
import org.immutables.value.Value;

/**
 * The dotation of an ESMS in no DGC resolved against its contract: the {@link SingleEsmsDotation} the
 * contract creates (ESMS, financement, mode) with the facts it takes from the contract: the contract's
 * reference, legal basis and years (calendar years, the exercices the contract's period touches). This is
 * the value the dotation engine takes; its steps are those of a member of a DGC.
 *
 * <p>Get one from the contract: {@link Cpom#singleDotation(org.cpom.referential.FinessNumber)}, or {@link
 * Cpom#singleDotation(org.cpom.referential.FinessNumber, Financement)} for an ESMS with several lone
 * dotations (an EHPAD's soins, dépendance and hébergement), which states each fact once. For a dotation
 * outside any {@link Cpom} (a test, a simulation), {@link #builder()} takes the same facts directly; {@code
 * build()} then checks the dotation's own facts as {@link SingleEsmsDotation} does (the same fields {@code
 * singleEsmsDotation.*} and rules), and the facts of the contract against them: the years in order, and mode
 * 3° (annual amendments) only in an L313-11 contract (R314-39-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResolvedSingleEsmsDotation {
  ResolvedSingleEsmsDotation() {}

  /**
   * A builder, for a dotation outside any {@link Cpom}; every attribute but the section is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolvedSingleEsmsDotation}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableResolvedSingleEsmsDotation.Builder {
    Builder() {}
  }

  /**
   * The reference of the contract whose financial clause sets this dotation, e.g. its number.
   *
   * @return the reference
   */
  public abstract String contractReference();

  /**
   * The legal basis of the contract.
   *
   * @return the basis
   */
  public abstract CpomBasis basis();

  /**
   * The first year of the contract, in {@value Cpom#MIN_YEAR} to {@value Cpom#MAX_YEAR} ({@link org.cpom.Convention#CONTRACT_YEARS}).
   *
   * @return the year
   */
  public abstract Year firstYear();

  /**
   * The last year of the contract, in {@value Cpom#MIN_YEAR} to {@value Cpom#MAX_YEAR} ({@link org.cpom.Convention#CONTRACT_YEARS}).
   *
   * @return the year
   */
  public abstract Year lastYear();

  /**
   * The ESMS.
   *
   * @return the ESMS
   */
  public abstract Esms esms();

  /**
   * The R314-40 mode of its yearly update.
   *
   * @return the mode
   */
  public abstract TariffMode mode();

  /**
   * Who pays this dotation.
   *
   * @return the funder
   */
  public abstract Funder funder();

  /**
   * The section paid: when not given, the section of the ESMS's one funding line by {@link #funder()}.
   *
   * @return the section
   * @throws org.cpom.CpomValidationException at build time, if not given while the ESMS has several lines by
   *     the funder (an EHPAD's dépendance and hébergement)
   */
  @Value.Default
  public SectionTarifaire section() {
    return SingleEsmsDotation.sectionOf(esms(), funder());
  }

  /**
   * The financement: funder and section.
   *
   * @return the financement
   */
  public Financement financement() {
    return Financement.of(funder(), section());
  }

  /**
   * The tariff authority: the one of the ESMS's funding line of this financement.
   *
   * @return the authority
   */
  public TariffAuthority authority() {
    return SingleEsmsDotation.authorityOf(esms(), financement());
  }

  /**
   * The dotation as the contract states it: its own facts, without those of the contract.
   *
   * @return the dotation
   */
  @Value.Lazy
  public SingleEsmsDotation dotation() {
    return SingleEsmsDotation.builder().esms(esms()).funder(funder()).section(section()).mode(mode()).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(contractReference(), "singleEsmsDotation.contractReference");
    Cpom.checkYear(firstYear(), "singleEsmsDotation.firstYear");
    Cpom.checkYear(lastYear(), "singleEsmsDotation.lastYear");
    Checks.check(!lastYear().isBefore(firstYear()), "singleEsmsDotation.lastYear", lastYear(), SingleEsmsDotation.RULE,
        "before the first year " + firstYear() + " of the contract");
    SingleEsmsDotation.checkOwnFacts(esms(), funder(), section());
    Checks.check(mode() != TariffMode.ANNUAL_AMENDMENT || basis() == CpomBasis.L313_11, "singleEsmsDotation.mode",
        mode().article(), Articles.R314_39_1, "mode 3° is not allowed in an " + basis().legalBasis() + " contract");
  }

  @Override
  public String toString() {
    return esms().finess() + " " + esms().name() + " (" + financement() + ", " + mode().article() + ")";
  }
}
