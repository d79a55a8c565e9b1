package org.cpom.contract;

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
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A dotation globalisée commune (DGC) as the contract creates it: one amount set jointly for several ESMS of
 * the contract (CASF R314-43-1), stated by its own facts only: its name, its {@link TariffAuthority}, its
 * {@link Financement} (a {@link Funder} and a {@link SectionTarifaire}) and its members.
 *
 * <p>R314-43-1 allows a DGC only for ESMS « gérés par la même personne morale et relevant de la même
 * autorité de tarification et des mêmes financements ». Each member must have a funding line of the DGC's
 * financement (a GLOBAL line matches as {@link Financement} documents) tariffed by the DGC's authority;
 * anything else is rejected naming R314-43-1. So the dépendance forfait and the hébergement tariff of the
 * same EHPADs may be two Département DGCs, and a jointly funded ESMS (a FAM: soins by the ARS, hébergement by
 * the Département) sits in one DGC per financement, which the {@link Cpom} checks among its DGCs.
 *
 * <p>The section may be left out when the members leave no doubt: it is then the one section, other than
 * GLOBAL, of the members' funding lines by the funder, or GLOBAL when all those lines are GLOBAL. When the
 * members have several sections by that funder (EHPADs with a dépendance and an hébergement line of the same
 * Département) the section must be given.
 *
 * <p>Everything else a DGC needs comes from its contract: the reference, legal basis, years and
 * gestionnaire. A {@link Cpom} lists its DGCs in {@link Cpom#dgcs()}; {@link Cpom#dgc(String)} gives one
 * resolved against the contract, a {@link ResolvedDgc}, which the dotation and payment engines take.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dgc {
  static final LegalBasis RULE = LegalBasis.casf("R314-43-1");

  Dgc() {}

  /**
   * A builder; every attribute but the section is required, and at least two members.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A DGC whose section follows from its members (see {@link #section()}).
   *
   * @param name the name, unique in its contract
   * @param authority the tariff authority of every member's funding in it
   * @param funder the funder
   * @param members the members, at least two
   * @return the DGC
   * @throws org.cpom.CpomValidationException as {@link Builder#build()} does
   */
  public static Dgc of(String name, TariffAuthority authority, Funder funder, DgcMember... members) {
    Objects.requireNonNull(members, "members");
    return builder().name(name).authority(authority).funder(funder).addMembers(members).build();
  }

  /** Builds a {@link Dgc}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableDgc.Builder {
    Builder() {}
  }

  /**
   * The name, unique in its contract, e.g. "DGC ARS".
   *
   * @return the name
   */
  public abstract String name();

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
    return sectionOf(funder(), members());
  }

  /**
   * The member ESMS, in the order the arrêté lists them; at least two, each once.
   *
   * @return the members
   */
  public abstract List<DgcMember> members();

  /**
   * The financement of this DGC: its funder and its section.
   *
   * @return the financement
   */
  public Financement financement() {
    return Financement.of(funder(), section());
  }

  /**
   * The member of an ESMS.
   *
   * @param finess the ESMS's FINESS
   * @return the member, or empty if the ESMS is not in this DGC
   */
  public Optional<DgcMember> member(FinessNumber finess) {
    return memberOf(members(), finess);
  }

  /**
   * The FINESS of the members, in order.
   *
   * @return an unmodifiable list
   */
  public List<FinessNumber> finessNumbers() {
    return finessOf(members());
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
  static void checkOneDgcPerFinancement(Collection<Dgc> dgcs) {
    Checks.noNulls(dgcs, "dgcs");
    Map<List<Object>, String> seen = new HashMap<>();
    for (Dgc d : dgcs) {
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

  /** The section of a DGC of the funder whose section is not given (see {@link #section()}). */
  static SectionTarifaire sectionOf(Funder funder, List<DgcMember> members) {
    Set<SectionTarifaire> own = EnumSet.noneOf(SectionTarifaire.class);
    for (DgcMember m : members) {
      for (Funding f : m.esms().fundingsBy(funder)) {
        // a Creton part is never the financement of a DGC: it does not make the section ambiguous
        if (f.section() != SectionTarifaire.GLOBAL && f.section() != SectionTarifaire.CRETON) {
          own.add(f.section());
        }
      }
    }
    Checks.check(own.size() <= 1, "dgc.section", "not given", RULE, "the members have several financements of "
        + funder + " " + own + ": name the section of this DGC");
    return own.isEmpty() ? SectionTarifaire.GLOBAL : own.iterator().next();
  }

  static Optional<DgcMember> memberOf(List<DgcMember> members, FinessNumber finess) {
    Objects.requireNonNull(finess, "finess");
    return members.stream().filter(m -> m.esms().finess().equals(finess)).findFirst();
  }

  static List<FinessNumber> finessOf(List<DgcMember> members) {
    List<FinessNumber> list = new ArrayList<>(members.size());
    members.forEach(m -> list.add(m.esms().finess()));
    return List.copyOf(list);
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "dgc.name");
    Checks.check(members().size() >= 2, "dgc.members", finessNumbers(), RULE,
        "a dotation globalisée commune covers several ESMS");
    Checks.check(section() != SectionTarifaire.CRETON, "dgc.section", section(), Articles.R314_115,
        "a Creton part is billed to its Département as a prix de journée within one ESMS's dotation, not pooled in a DGC");
    Set<FinessNumber> seen = new HashSet<>();
    for (DgcMember m : members()) {
      Esms e = m.esms();
      Checks.check(seen.add(e.finess()), "dgc.members", e.finess(), RULE, "ESMS listed twice");
      List<Funding> lines = e.fundingsBy(funder());
      Checks.check(!lines.isEmpty(), "dgc.members[" + e.finess() + "].funder", funder(), RULE,
          "the ESMS has no funding by this funder; a DGC has one financement");
      Optional<Funding> line = financement().lineOf(e);
      Checks.check(line.isPresent(), "dgc.members[" + e.finess() + "].section", section(),
          RULE.readWith(Convention.FINANCEMENT_MATCH),
          "the ESMS has no funding line of the financement " + financement() + "; its sections by this funder are "
              + lines.stream().map(Funding::section).collect(Collectors.toList()));
      Checks.check(line.get().authority().equals(authority()), "dgc.members[" + e.finess() + "].authority",
          line.get().authority(), RULE, "all ESMS of a DGC have the same tariff authority " + authority());
    }
  }

  @Override
  public String toString() {
    return name() + " (" + authority() + ", " + financement() + ", " + finessNumbers() + ")";
  }
}
