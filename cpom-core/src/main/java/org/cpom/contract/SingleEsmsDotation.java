package org.cpom.contract;

import java.util.List;
import java.util.Objects;
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
 * The dotation globale or forfait global of one ESMS that is in no dotation globalisée commune, as the
 * contract creates it: a lone EHPAD's forfait soins, an ESAT's dotation globale. R314-43-1 keeps the DGC for
 * several ESMS (« commune à plusieurs établissements et services »), so a single ESMS is not a {@link Dgc}.
 * This value states the dotation's own facts only: the ESMS, the {@link Financement} paid (funder and
 * section) and the R314-40 mode by which the contract's financial clause updates it.
 *
 * <p>The section may be left out when the ESMS has one funding line by the funder. The tariff authority is
 * the one of the ESMS's funding line of that financement. A value that does not fit its ESMS (no funding
 * line of the financement named) is rejected naming the convention {@link Convention#SINGLE_ESMS_DOTATION}.
 *
 * <p>Everything else the dotation needs comes from its contract: the reference, legal basis and years. A
 * {@link Cpom} lists such dotations in {@link Cpom#singleDotations()}; {@link Cpom#singleDotation(
 * org.cpom.referential.FinessNumber)} gives one resolved against the contract, a {@link
 * ResolvedSingleEsmsDotation}, which the dotation engine takes.
 *
 * <p>Build one with {@link #of(Esms, Funder, TariffMode)} or {@link #builder()}. This class is immutable and
 * thread-safe.
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

  /**
   * The dotation of an ESMS by a funder whose section follows from the ESMS (see {@link #section()}).
   *
   * @param esms the ESMS
   * @param funder who pays the dotation
   * @param mode the R314-40 mode of its yearly update
   * @return the dotation
   * @throws org.cpom.CpomValidationException as {@link Builder#build()} does
   */
  public static SingleEsmsDotation of(Esms esms, Funder funder, TariffMode mode) {
    return builder().esms(esms).funder(funder).mode(mode).build();
  }

  /** Builds a {@link SingleEsmsDotation}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableSingleEsmsDotation.Builder {
    Builder() {}
  }

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
    return sectionOf(esms(), funder());
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
    return authorityOf(esms(), financement());
  }

  /** The section of a lone dotation whose section is not given (see {@link #section()}). */
  static SectionTarifaire sectionOf(Esms esms, Funder funder) {
    List<SectionTarifaire> own = esms.fundingsBy(funder).stream().map(Funding::section).collect(Collectors.toList());
    Checks.check(own.size() <= 1, "singleEsmsDotation.section", "not given", RULE, "ESMS " + esms.finess()
        + " has several financements of " + funder + " " + own + ": name the section of this dotation");
    return own.isEmpty() ? SectionTarifaire.GLOBAL : own.get(0);
  }

  static TariffAuthority authorityOf(Esms esms, Financement financement) {
    // present: build() checked the line exists
    return financement.lineOf(esms).orElseThrow().authority();
  }

  /** The checks of the dotation's own facts, shared with {@link ResolvedSingleEsmsDotation}. */
  static void checkOwnFacts(Esms esms, Funder funder, SectionTarifaire section) {
    Objects.requireNonNull(esms, "esms");
    Checks.check(section != SectionTarifaire.CRETON, "singleEsmsDotation.section", section, Articles.R314_115,
        "a Creton part is a part of the ESMS's assurance-maladie dotation, split from it, not a dotation of its own");
    Checks.check(!esms.fundingsBy(funder).isEmpty(), "singleEsmsDotation.funder", funder, RULE,
        "ESMS " + esms.finess() + " has no funding by this funder");
    Financement financement = Financement.of(funder, section);
    Checks.check(financement.lineOf(esms).isPresent(), "singleEsmsDotation.section", section, RULE,
        "ESMS " + esms.finess() + " has no funding line of the financement " + financement);
  }

  @Value.Check
  void check() {
    checkOwnFacts(esms(), funder(), section());
  }

  @Override
  public String toString() {
    return esms().finess() + " " + esms().name() + " (" + financement() + ", " + mode().article() + ")";
  }
}
