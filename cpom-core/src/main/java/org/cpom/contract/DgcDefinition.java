package org.cpom.contract;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.Financement;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.FundedSection;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A dotation globalisée commune (DGC): one amount set jointly for several ESMS of a contract (CASF
 * R314-43-1).
 *
 * <p>R314-43-1 allows it only for ESMS « gérés par la même personne morale et relevant de la même autorité
 * de tarification et des mêmes financements ». A DGC therefore names one contract, one gestionnaire, one
 * {@link TariffAuthority} and one {@link Financement}: a {@link Funder} and a {@link FundedSection}, so that
 * the dépendance forfait and the hébergement tariff of the same EHPADs may be two Département DGCs. Each
 * member ESMS must be run by that gestionnaire and have a funding line of that financement (a GLOBAL line
 * matches as {@link Financement} documents) tariffed by that authority; anything else is rejected naming
 * R314-43-1. A jointly funded ESMS (a FAM: soins by the ARS, hébergement by the Département) sits in one DGC
 * per financement; {@link #checkOneDgcPerFinancement(Collection)} checks this across the DGCs of a contract.
 *
 * <p>The section may be left out when the members leave no doubt: it is then the one section, other than
 * GLOBAL, of the members' funding lines by the funder, or GLOBAL when all those lines are GLOBAL. When the
 * members have several sections by that funder (EHPADs with a dépendance and an hébergement line of the same
 * Département) the section must be given.
 *
 * <p>The contract is referred to by {@link #contractReference()} and its years; its legal basis decides
 * which tariff modes are allowed (mode 3° is not allowed under L313-12 IV ter and L313-12-2, R314-39-1) and
 * which article approves a décision modificative that re-splits the DGC ({@link #dmApprovalBasis()}).
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DgcDefinition {
  static final LegalBasis RULE = LegalBasis.casf("R314-43-1");

  DgcDefinition() {}

  /**
   * A builder; every attribute but the section is required, and at least two members.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DgcDefinition}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableDgcDefinition.Builder {
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
   * The first year of the contract, in {@value Cpom#MIN_YEAR} to {@value Cpom#MAX_YEAR} (cpom convention).
   *
   * @return the year
   */
  public abstract Year firstYear();

  /**
   * The last year of the contract, in {@value Cpom#MIN_YEAR} to {@value Cpom#MAX_YEAR} (cpom convention).
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
   * The section of the funder's financement this DGC covers, such as {@link FundedSection#DEPENDANCE} for a
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
  public FundedSection section() {
    Set<FundedSection> own = EnumSet.noneOf(FundedSection.class);
    for (DgcMember m : members()) {
      for (Funding f : m.esms().fundingsBy(funder())) {
        // a Creton part is never the financement of a DGC: it does not make the section ambiguous
        if (f.section() != FundedSection.GLOBAL && f.section() != FundedSection.CRETON) {
          own.add(f.section());
        }
      }
    }
    Checks.check(own.size() <= 1, "dgc.section", "not given", RULE, "the members have several financements of "
        + funder() + " " + own + ": name the section of this DGC");
    return own.isEmpty() ? FundedSection.GLOBAL : own.iterator().next();
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
    for (DgcMember m : members()) {
      if (m.esms().finess().equals(finess)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The FINESS of the members, in order.
   *
   * @return an unmodifiable list
   */
  @Value.Derived
  @Value.Auxiliary
  public List<FinessNumber> finessNumbers() {
    List<FinessNumber> list = new ArrayList<>(members().size());
    members().forEach(m -> list.add(m.esms().finess()));
    return List.copyOf(list);
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
    return LegalBasis.casf(basis() == CpomBasis.L313_11 ? "R314-46" : "R314-231");
  }

  /**
   * Checks that no ESMS is in two DGCs of the same financement among the DGCs of a contract (R314-43-1: one
   * amount per ESMS and financement). The key is the member's funding line that the DGC uses ({@link
   * Financement#lineOf(Esms)}): an EHPAD may be in a Département dépendance DGC and a Département
   * hébergement DGC, and a FAM in an assurance-maladie DGC and a Département DGC, but an IME funded GLOBAL
   * cannot be in two assurance-maladie DGCs, whatever section they name.
   *
   * @param dgcs the DGCs of one contract
   * @throws org.cpom.CpomValidationException naming the ESMS and R314-43-1 if an ESMS is in two DGCs of the
   *     same financement
   */
  public static void checkOneDgcPerFinancement(Collection<DgcDefinition> dgcs) {
    Checks.noNulls(dgcs, "dgcs");
    Map<List<Object>, String> seen = new HashMap<>();
    for (DgcDefinition d : dgcs) {
      for (DgcMember m : d.members()) {
        // present: a built DGC has checked that every member has a line of its financement
        Funding line = d.financement().lineOf(m.esms()).orElseThrow();
        String before = seen.putIfAbsent(List.of(m.esms().finess(), line), d.name());
        Checks.check(before == null, "dgc.members", m.esms().finess(), RULE, "ESMS in two DGCs of the same financement "
            + line.funder() + " / " + line.section() + " (" + before + ", " + d.name()
            + "); an ESMS sits in one DGC per financement");
      }
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "dgc.name");
    Checks.notBlank(contractReference(), "dgc.contractReference");
    Cpom.checkYear(firstYear(), "dgc.firstYear");
    Cpom.checkYear(lastYear(), "dgc.lastYear");
    Checks.check(!lastYear().isBefore(firstYear()), "dgc.lastYear", lastYear(), LegalBasis.convention(Convention.CONTRACT_PERIOD),
        "before the first year " + firstYear());
    Checks.check(members().size() >= 2, "dgc.members", finessNumbers(), RULE,
        "a dotation globalisée commune covers several ESMS");
    Checks.check(section() != FundedSection.CRETON, "dgc.section", section(), Articles.R314_115,
        "a Creton part is billed to its Département as a prix de journée within one ESMS's dotation, not pooled in a DGC");
    Set<FinessNumber> seen = new HashSet<>();
    for (DgcMember m : members()) {
      Esms e = m.esms();
      Checks.check(seen.add(e.finess()), "dgc.members", e.finess(), RULE, "ESMS listed twice");
      Checks.check(e.gestionnaire().equals(gestionnaire()), "dgc.members[" + e.finess() + "].gestionnaire",
          e.gestionnaire(), RULE, "all ESMS of a DGC belong to the same legal entity " + gestionnaire());
      List<Funding> lines = e.fundingsBy(funder());
      Checks.check(!lines.isEmpty(), "dgc.members[" + e.finess() + "].funder", funder(), RULE,
          "the ESMS has no funding by this funder; a DGC has one financement");
      Optional<Funding> line = financement().lineOf(e);
      Checks.check(line.isPresent(), "dgc.members[" + e.finess() + "].section", section(), RULE,
          "the ESMS has no funding line of the financement " + financement() + "; its sections by this funder are "
              + lines.stream().map(Funding::section).collect(Collectors.toList()));
      Checks.check(line.get().authority().equals(authority()), "dgc.members[" + e.finess() + "].authority",
          line.get().authority(), RULE, "all ESMS of a DGC have the same tariff authority " + authority());
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
