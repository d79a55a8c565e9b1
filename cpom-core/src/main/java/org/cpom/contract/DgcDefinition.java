package org.cpom.contract;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.trace.LegalBasis;
import org.immutables.value.Value;

/**
 * A dotation globalisée commune (DGC): one amount set jointly for several ESMS of a contract (CASF
 * R314-43-1).
 *
 * <p>R314-43-1 allows it only for ESMS of the same legal entity, with the same tariff authority and the
 * same funding. A DGC therefore names one contract, one gestionnaire, one {@link TariffAuthority} and one
 * {@link Funder}, and each member ESMS must be run by that gestionnaire and have a funding line of that
 * funder tariffed by that authority; anything else is rejected naming R314-43-1. A jointly funded ESMS (a
 * FAM: soins by the ARS, hébergement by the Département) sits in one DGC per funder; {@link
 * #checkOneDgcPerFunder(Collection)} checks this across the DGCs of a contract.
 *
 * <p>The contract is referred to by {@link #contractReference()} and its years; its legal basis decides
 * which tariff modes are allowed (mode 3° is not allowed under L313-12 IV ter and L313-12-2, R314-39-1) and
 * which article approves a décision modificative that re-splits the DGC ({@link #dmApprovalBasis()}).
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DgcDefinition {
  static final String RULE = "CASF R314-43-1";

  DgcDefinition() {}

  /**
   * A builder; every attribute is required and at least two members.
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
   * The first year of the contract.
   *
   * @return the year
   */
  public abstract Year firstYear();

  /**
   * The last year of the contract.
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
   * Checks that a jointly funded ESMS is in at most one DGC per funder among the DGCs of a contract
   * (R314-43-1: one amount per ESMS and funding).
   *
   * @param dgcs the DGCs of one contract
   * @throws org.cpom.CpomValidationException naming the ESMS and R314-43-1 if an ESMS is in two DGCs of the
   *     same funder
   */
  public static void checkOneDgcPerFunder(Collection<DgcDefinition> dgcs) {
    Checks.noNulls(dgcs, "dgcs");
    Map<Funder, Set<FinessNumber>> seen = new HashMap<>();
    for (DgcDefinition d : dgcs) {
      Set<FinessNumber> ofFunder = seen.computeIfAbsent(d.funder(), f -> new HashSet<>());
      for (FinessNumber f : d.finessNumbers()) {
        Checks.check(ofFunder.add(f), "dgc.members", f, RULE,
            "ESMS in two DGCs of the funder " + d.funder() + "; a jointly funded ESMS sits in one DGC per funder");
      }
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "dgc.name");
    Checks.notBlank(contractReference(), "dgc.contractReference");
    Checks.check(!lastYear().isBefore(firstYear()), "dgc.lastYear", lastYear(), "RULES 2: contract period",
        "before the first year " + firstYear());
    Checks.check(members().size() >= 2, "dgc.members", finessNumbers(), RULE,
        "a dotation globalisée commune covers several ESMS");
    Set<FinessNumber> seen = new HashSet<>();
    for (DgcMember m : members()) {
      Esms e = m.esms();
      Checks.check(seen.add(e.finess()), "dgc.members", e.finess(), RULE, "ESMS listed twice");
      Checks.check(e.gestionnaire().equals(gestionnaire()), "dgc.members[" + e.finess() + "].gestionnaire",
          e.gestionnaire(), RULE, "all ESMS of a DGC belong to the same legal entity " + gestionnaire());
      List<Funding> lines = e.fundingsBy(funder());
      Checks.check(!lines.isEmpty(), "dgc.members[" + e.finess() + "].funder", funder(), RULE,
          "the ESMS has no funding by this funder; a DGC has one funding");
      for (Funding f : lines) {
        Checks.check(f.authority().equals(authority()), "dgc.members[" + e.finess() + "].authority", f.authority(),
            RULE, "all ESMS of a DGC have the same tariff authority " + authority());
      }
      Checks.check(m.mode() != TariffMode.ANNUAL_AMENDMENT || basis() == CpomBasis.L313_11,
          "dgc.members[" + e.finess() + "].mode", m.mode().article(), "CASF R314-39-1",
          "mode 3° is not allowed in an " + basis().legalBasis() + " contract");
    }
  }

  @Override
  public String toString() {
    return name() + " (" + authority() + ", " + funder() + ", " + finessNumbers() + ")";
  }
}
