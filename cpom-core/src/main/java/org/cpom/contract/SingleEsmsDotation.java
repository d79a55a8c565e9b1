package org.cpom.contract;

import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.Financement;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The dotation globale or forfait global of one ESMS that is in no dotation globalisée commune: a lone
 * EHPAD's forfait soins, an ESAT's dotation globale. R314-43-1 keeps the DGC for several ESMS (« commune à
 * plusieurs établissements et services »), so a single ESMS is not a {@link Dgc}; this value
 * gives the dotation engine what it needs to build that ESMS's yearly amount with the same steps: the
 * contract (reference, legal basis, years), the ESMS, the {@link Financement} paid (funder and section) and
 * the R314-40 mode by which the contract's financial clause updates it.
 *
 * <p>The section may be left out when the ESMS has one funding line by the funder. The tariff authority is
 * the one of the ESMS's funding line of that financement. Mode 3° (annual amendments) is rejected outside
 * an L313-11 contract (R314-39-1), as for a DGC member. A value that does not fit its ESMS (no funding line
 * of the financement named, years out of order) is rejected naming the convention
 * {@link org.cpom.Convention#SINGLE_ESMS_DOTATION}. A {@link Cpom} lists such dotations in {@link Cpom#singleDotations()} and checks them
 * against its perimeter, signatories, years and DGCs.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SingleEsmsDotation {
  /** The rule named when the dotation does not fit its ESMS: the convention this class documents. */
  static final LegalBasis RULE = LegalBasis.convention(Convention.SINGLE_ESMS_DOTATION);

  SingleEsmsDotation() {}

  /**
   * A builder; every attribute but the section is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleEsmsDotation}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableSingleEsmsDotation.Builder {
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
    List<SectionTarifaire> own = esms().fundingsBy(funder()).stream().map(Funding::section).collect(Collectors.toList());
    Checks.check(own.size() <= 1, "singleEsmsDotation.section", "not given", RULE, "ESMS " + esms().finess()
        + " has several financements of " + funder() + " " + own + ": name the section of this dotation");
    return own.isEmpty() ? SectionTarifaire.GLOBAL : own.get(0);
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
    // present: build() checked the line exists
    return financement().lineOf(esms()).orElseThrow().authority();
  }

  @Value.Check
  void check() {
    Checks.notBlank(contractReference(), "singleEsmsDotation.contractReference");
    Checks.check(section() != SectionTarifaire.CRETON, "singleEsmsDotation.section", section(), Articles.R314_115,
        "a Creton part is a part of the ESMS's assurance-maladie dotation, split from it, not a dotation of its own");
    Cpom.checkYear(firstYear(), "singleEsmsDotation.firstYear");
    Cpom.checkYear(lastYear(), "singleEsmsDotation.lastYear");
    Checks.check(!lastYear().isBefore(firstYear()), "singleEsmsDotation.lastYear", lastYear(), RULE,
        "before the first year " + firstYear() + " of the contract");
    List<Funding> lines = esms().fundingsBy(funder());
    Checks.check(!lines.isEmpty(), "singleEsmsDotation.funder", funder(), RULE,
        "ESMS " + esms().finess() + " has no funding by this funder");
    Checks.check(financement().lineOf(esms()).isPresent(), "singleEsmsDotation.section", section(), RULE,
        "ESMS " + esms().finess() + " has no funding line of the financement " + financement());
    Checks.check(mode() != TariffMode.ANNUAL_AMENDMENT || basis() == CpomBasis.L313_11, "singleEsmsDotation.mode",
        mode().article(), Articles.R314_39_1, "mode 3° is not allowed in an " + basis().legalBasis() + " contract");
  }

  @Override
  public String toString() {
    return esms().finess() + " " + esms().name() + " (" + financement() + ", " + mode().article() + ")";
  }
}
