package org.cpom.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.TariffAuthority;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * An amendment (avenant) to a CPOM: the clauses it changes and the date it takes effect.
 *
 * <p>An avenant changes the contract from its effective date on and never before: the contract as in force
 * on an earlier date ({@link Cpom#asOf(LocalDate)}) does not see it. Its changes are stated the way an
 * avenant is written:
 *
 * <ul>
 *   <li>objectives, fiches-actions and financial-clause lines are added, or replace the one with the same
 *       identifier (for a financial-clause line: the same ESMS scope and group or section);
 *   <li>fiches-actions and ESMS may be withdrawn, by identifier and FINESS; withdrawing an ESMS also drops the
 *       financial-clause lines that name it, while fiches-actions that concern it must be amended by the same
 *       avenant or the amended contract is rejected;
 *   <li>an extension (prorogation) may be granted, within the contract's {@link Cpom#maximumDuration()} (by
 *       default at most one year: CASF L313-11, or the arrêté of 3 March 2017 for IV ter and L313-12-2);
 *   <li>new signatories may be added, for an ESMS that joins from another tariff authority.
 * </ul>
 *
 * <p>An avenant must change something. Whether its changes leave a valid contract, and whether its date falls
 * inside the period, is checked when the {@link Cpom} is built.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Avenant {
  static final LegalBasis RULE = LegalBasis.convention(Convention.AVENANT);

  Avenant() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Avenant}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableAvenant.Builder {
    Builder() {}
  }

  /**
   * The avenant's number (avenant n°1, n°2...), unique in the contract.
   *
   * @return the number, at least 1
   */
  public abstract int number();

  /**
   * The date the avenant takes effect, inside the contract's period.
   *
   * @return the date
   */
  public abstract LocalDate effectiveDate();

  /**
   * What the avenant is about, in a sentence.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * The extension granted, if any: in whole months, within the contract's {@link Cpom#maximumDuration()}
   * (by default at most one year).
   *
   * @return the extension, or empty
   */
  public abstract Optional<Period> extension();

  /**
   * ESMS that join the perimeter.
   *
   * @return the ESMS
   */
  public abstract List<Esms> addedEsms();

  /**
   * ESMS that leave the perimeter, by FINESS géographique.
   *
   * @return the numbers
   */
  public abstract List<FinessNumber> withdrawnEsms();

  /**
   * Tariff authorities that join the signatories.
   *
   * @return the authorities
   */
  public abstract List<TariffAuthority> addedSignatories();

  /**
   * Financial-clause lines added, or replacing the line with the same scope and group or section.
   *
   * @return the lines
   */
  public abstract List<TariffModeClause> financialClause();

  /**
   * Objectives added, or replacing the objective with the same identifier.
   *
   * @return the objectives
   */
  public abstract List<Objective> objectives();

  /**
   * Fiches-actions added, or replacing the fiche-action with the same identifier.
   *
   * @return the fiches-actions
   */
  public abstract List<FicheAction> fichesActions();

  /**
   * Fiches-actions withdrawn, by identifier.
   *
   * @return the identifiers
   */
  public abstract List<String> withdrawnFichesActions();

  @Value.Check
  void check() {
    String at = "avenant[n°" + number() + "]";
    Checks.positive(number(), "avenant.number", RULE);
    Checks.notBlank(subject(), at + ".subject");
    boolean changes = extension().isPresent() || !addedEsms().isEmpty() || !withdrawnEsms().isEmpty()
        || !addedSignatories().isEmpty() || !financialClause().isEmpty() || !objectives().isEmpty()
        || !fichesActions().isEmpty() || !withdrawnFichesActions().isEmpty();
    Checks.check(changes, at, subject(), RULE, "an avenant must change at least one clause");
    Set<String> withdrawn = new HashSet<>(withdrawnFichesActions());
    for (FicheAction f : fichesActions()) {
      Checks.check(!withdrawn.contains(f.id()), at + ".withdrawnFichesActions", f.id(), RULE,
          "a fiche-action cannot be both amended and withdrawn by the same avenant");
    }
    Set<FinessNumber> gone = new HashSet<>(withdrawnEsms());
    for (Esms e : addedEsms()) {
      Checks.check(!gone.contains(e.finess()), at + ".withdrawnEsms", e.finess(), RULE,
          "an ESMS cannot be both added and withdrawn by the same avenant");
    }
  }
}
