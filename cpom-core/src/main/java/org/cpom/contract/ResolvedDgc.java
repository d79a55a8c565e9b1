package org.cpom.contract;

import org.cpom.Convention;
import java.time.Year;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.Financement;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.TariffAuthority;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A dotation globalisée commune resolved against its contract: the {@link Dgc} the contract creates (name,
 * authority, financement, members) with the facts it takes from the contract: the contract's reference,
 * legal basis, years (calendar years, the exercices the contract's period touches) and gestionnaire. This is
 * the value the dotation and payment engines take.
 *
 * <p>Get one from the contract by its name: {@link Cpom#dgc(String)}, which states each fact once. For a
 * DGC outside any {@link Cpom} (a test, a simulation), {@link #builder()} takes the same facts directly;
 * {@code build()} then checks the DGC's own facts as {@link Dgc} does (the same fields {@code dgc.*} and
 * rules), and the facts of the contract against them: every member run by the gestionnaire, and mode 3°
 * only in an L313-11 contract (R314-39-1).
 *
 * <p>The legal basis decides which article approves a décision modificative that re-splits the DGC ({@link
 * #dmApprovalBasis()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResolvedDgc {
  static final LegalBasis RULE = Dgc.RULE;

  ResolvedDgc() {}

  /**
   * A builder, for a DGC outside any {@link Cpom}; every attribute but the section is required, and at least
   * two members.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolvedDgc}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableResolvedDgc.Builder {
    Builder() {}
  }

  /**
   * The name, e.g. "DGC ARS 2024-2028".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The reference of the contract the DGC belongs to, e.g. its number.
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
   * The FINESS juridique of the gestionnaire running every member.
   *
   * @return the gestionnaire's number
   */
  public abstract FinessNumber gestionnaire();

  /**
   * The tariff authority of every member's funding in this DGC.
   *
   * @return the authority
   */
  public abstract TariffAuthority authority();

  /**
   * The funder of this DGC.
   *
   * @return the funder
   */
  public abstract Funder funder();

  /**
   * The section of the funder's financement this DGC covers, such as {@link SectionTarifaire#DEPENDANCE} for a
   * Département's dépendance forfaits of several EHPAD (R314-43-1: « des mêmes financements »).
   *
   * <p>When not given, it is derived from the members: the one section other than GLOBAL among their
   * funding lines by {@link #funder()}, or GLOBAL when they have no other.
   *
   * @return the section
   * @throws org.cpom.CpomValidationException at build time, if not given while the members have several
   *     sections by the funder
   */
  @Value.Default
  public SectionTarifaire section() {
    return Dgc.sectionOf(funder(), members());
  }

  /**
   * The financement of this DGC: its funder and its section.
   *
   * @return the financement
   */
  public Financement financement() {
    return Financement.of(funder(), section());
  }

  /**
   * The member ESMS, in the order the arrêté lists them; at least two, each once.
   *
   * @return the members
   */
  public abstract List<DgcMember> members();

  /**
   * The member of an ESMS.
   *
   * @param finess the ESMS's FINESS
   * @return the member, or empty if the ESMS is not in this DGC
   */
  public Optional<DgcMember> member(FinessNumber finess) {
    Objects.requireNonNull(finess, "finess");
    return Optional.ofNullable(memberIndex().get(finess));
  }

  /** The members by FINESS, built once: the engines look members up for every ESMS of every year. */
  @Value.Lazy
  Map<FinessNumber, DgcMember> memberIndex() {
    Map<FinessNumber, DgcMember> index = new HashMap<>();
    for (DgcMember m : members()) {
      index.putIfAbsent(m.esms().finess(), m);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * The FINESS of the members, in order.
   *
   * @return an unmodifiable list
   */
  @Value.Lazy
  public List<FinessNumber> finessNumbers() {
    return Dgc.finessOf(members());
  }

  /**
   * The DGC as the contract states it: its own facts, without those of the contract.
   *
   * @return the DGC
   */
  @Value.Lazy
  public Dgc dgc() {
    return Dgc.builder().name(name()).authority(authority()).funder(funder()).section(section()).members(members())
        .build();
  }

  /**
   * Whether a member is funded under R314-40 4° (equation, ceiling or algorithm); if so, a re-split by
   * décision modificative applies to the current year only (R314-43-1).
   *
   * @return true if a member's mode is 4°
   */
  public boolean hasMemberUnderEquation() {
    return members().stream().anyMatch(m -> m.mode() == TariffMode.EQUATION);
  }

  /**
   * The article under which the authority approves a décision modificative re-splitting this DGC
   * (R314-43-1): R314-46 for an L313-11 contract, R314-231 for an L313-12 IV ter or L313-12-2 contract.
   *
   * @return the article
   */
  public LegalBasis dmApprovalBasis() {
    return basis() == CpomBasis.L313_11 ? R314_46 : R314_231;
  }

  private static final LegalBasis R314_46 = LegalBasis.casf("R314-46");
  private static final LegalBasis R314_231 = LegalBasis.casf("R314-231");

  @Value.Check
  void check() {
    Checks.notBlank(contractReference(), "dgc.contractReference");
    Cpom.checkYear(firstYear(), "dgc.firstYear");
    Cpom.checkYear(lastYear(), "dgc.lastYear");
    Checks.check(!lastYear().isBefore(firstYear()), "dgc.lastYear", lastYear(), LegalBasis.convention(Convention.CONTRACT_PERIOD),
        "before the first year " + firstYear());
    dgc();
    for (DgcMember m : members()) {
      Esms e = m.esms();
      Checks.check(e.gestionnaire().equals(gestionnaire()), "dgc.members[" + e.finess() + "].gestionnaire",
          e.gestionnaire(), RULE, "all ESMS of a DGC belong to the same legal entity " + gestionnaire());
      Checks.check(m.mode() != TariffMode.ANNUAL_AMENDMENT || basis() == CpomBasis.L313_11,
          "dgc.members[" + e.finess() + "].mode", m.mode().article(), Articles.R314_39_1,
          "mode 3° is not allowed in an " + basis().legalBasis() + " contract");
    }
  }

  @Override
  public String toString() {
    return name() + " (" + authority() + ", " + financement() + ", " + finessNumbers() + ")";
  }
}
