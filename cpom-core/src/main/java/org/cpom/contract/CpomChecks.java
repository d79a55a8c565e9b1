package org.cpom.contract;

import org.cpom.LegalBasis;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funding;
import org.cpom.referential.GroupeFonctionnel;

/**
 * The validation of a {@link Cpom}, run when the contract is built: its period, framework, signatories and
 * perimeter, financial clause, objectives and fiches-actions, avenants, result-allocation clause, DGCs and
 * lone dotations, and modulation clauses. Each rule broken throws a {@link org.cpom.CpomValidationException}
 * naming the field and the rule, as {@link Cpom} documents.
 */
final class CpomChecks {
  private CpomChecks() {}

  static void check(Cpom cpom) {
    Checks.notBlank(cpom.id(), "cpom.id");
    Checks.notBlank(cpom.name(), "cpom.name");
    checkPeriod(cpom);
    Checks.check(
        !(cpom.basis().requiresEprd() && cpom.budgetFramework() == BudgetFramework.TRADITIONAL),
        "cpom.budgetFramework", cpom.budgetFramework(), Cpom.R314_1,
        "a CPOM under " + cpom.basis().legalBasis() + " uses the EPRD; the traditional budget rules do not apply to it");
    checkSignatoriesAndPerimeter(cpom);
    checkFinancialClause(cpom);
    checkObjectivesAndFiches(cpom);
    checkAvenants(cpom);
    cpom.resultAllocationClause().ifPresent(c -> Checks.check(
        cpom.budgetFramework() != BudgetFramework.EPRD || c.allocatingParty() == AllocatingParty.GESTIONNAIRE,
        "cpom.resultAllocationClause.allocatingParty", c.allocatingParty(), Articles.R314_234,
        "under the EPRD the gestionnaire allocates the results of the comptes in the contract; the authority "
            + "allocates only comptes outside its perimeter or tariffed by the préfet (R314-234 4°), which the "
            + "allocation marks by the kind of each compte de résultat, not by the clause"));
    checkDgcs(cpom);
    checkModulationClauses(cpom);
  }

  private static void checkDgcs(Cpom cpom) {
    Set<String> names = new HashSet<>();
    for (Dgc d : cpom.dgcs()) {
      String at = "cpom.dgcs[" + d.name() + "]";
      Checks.check(names.add(d.name()), "cpom.dgcs", d.name(), Dgc.RULE, "two DGCs have the same name");
      Checks.check(cpom.authorities().contains(d.authority()), at + ".authority", d.authority(), Dgc.RULE,
          "the authority does not sign the contract");
      for (DgcMember m : d.members()) {
        FinessNumber f = m.esms().finess();
        Checks.check(cpom.esms(f).isPresent(), at + ".members", f, Dgc.RULE, "the ESMS is not in the contract's perimeter");
        checkMemberMode(cpom, d, m, at + ".members[" + f + "].mode");
      }
      // the facts the contract supplies (basis, years, gestionnaire) then hold by construction; what they
      // still rule out (mode 3° outside L313-11) is checked by resolving the DGC
      cpom.resolve(d);
    }
    Dgc.checkOneDgcPerFinancement(cpom.dgcs());
    // an ESMS's funding line is paid by one dotation: its DGC's, or its own
    Map<List<Object>, String> paid = new HashMap<>();
    for (Dgc d : cpom.dgcs()) {
      d.members().forEach(m -> paid.put(List.of(m.esms().finess(), d.financement().lineOf(m.esms()).orElseThrow()),
          d.name()));
    }
    for (SingleEsmsDotation s : cpom.singleDotations()) {
      String at = "cpom.singleDotations[" + s.esms().finess() + "]";
      Checks.check(cpom.esms(s.esms().finess()).isPresent(), at + ".esms", s.esms().finess(), SingleEsmsDotation.RULE,
          "the ESMS is not in the contract's perimeter");
      // the perimeter's checks (gestionnaire, signatories of every funding) then hold for the dotation's ESMS
      Checks.check(cpom.esms(s.esms().finess()).get().equals(s.esms()), at + ".esms", s.esms().finess(),
          SingleEsmsDotation.RULE, "the ESMS differs from the one of the same FINESS in the contract's perimeter");
      // the facts the contract supplies (reference, basis, years) then hold by construction; what they still
      // rule out (mode 3° outside L313-11) is checked by resolving the dotation
      cpom.resolve(s);
      String before = paid.putIfAbsent(List.of(s.esms().finess(), s.financement().lineOf(s.esms()).orElseThrow()),
          "a dotation of its own");
      Checks.check(before == null, at, s.financement(), Dgc.RULE,
          "the ESMS's financement is already paid by " + before + "; an ESMS has one dotation per financement");
    }
  }

  /**
   * A member's R314-40 mode against the financial clause: where the clause has lines for the member's
   * financement in the DGC (the line of the DGC's section, or the lines by groupe fonctionnel of a GLOBAL
   * budget), the member's mode is one of theirs. A GLOBAL budget may set its groups by different modes; the
   * member then states which one updates its share of the DGC.
   */
  private static void checkMemberMode(Cpom cpom, Dgc d, DgcMember m, String field) {
    FinessNumber f = m.esms().finess();
    Set<TariffMode> modes = java.util.EnumSet.noneOf(TariffMode.class);
    if (d.section() == SectionTarifaire.GLOBAL) {
      for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
        cpom.tariffModeClause(f, g).ifPresent(l -> modes.add(l.mode()));
      }
    } else {
      cpom.tariffModeClause(f, d.section()).ifPresent(l -> modes.add(l.mode()));
    }
    Checks.check(modes.isEmpty() || modes.contains(m.mode()), field, m.mode().article(), TariffModeClause.RULE,
        "the contract's financial clause sets the " + (d.section() == SectionTarifaire.GLOBAL ? "budget" : "section "
            + d.section()) + " of " + f + " by " + modes.stream().map(TariffMode::article)
            .collect(java.util.stream.Collectors.toList()));
  }

  private static void checkModulationClauses(Cpom cpom) {
    Set<List<Object>> keys = new HashSet<>();
    Checks.check(cpom.modulationClauses().isEmpty() || cpom.basis() != CpomBasis.L313_11, "cpom.modulationClauses",
        cpom.modulationClauses().size() + " clause(s) in " + cpom.basis().legalBasis(), Articles.R314_43_2_I,
        "only an L313-12 IV ter or L313-12-2 contract may modulate a dotation for activity");
    for (ModulationClause m : cpom.modulationClauses()) {
      Checks.check(cpom.esms(m.esms()).isPresent(), "cpom.modulationClauses.esms", m.esms(), Articles.R314_43_2,
          "the ESMS is not in the contract's perimeter");
      // R314-43-2 I opens the clause to the ESMS of the third alinéa of L313-12 IV ter A, not to the EHPAD,
      // whose forfaits follow R314-160 and R314-174: refused at signature rather than at the first tariff year
      Checks.check(cpom.esms(m.esms()).get().category() != org.cpom.referential.EsmsCategory.EHPAD,
          "cpom.modulationClauses.esms", m.esms(), Articles.R314_43_2_I,
          "an EHPAD is modulated under R314-160 / R314-174, not under a contract clause");
      Checks.check(keys.add(Arrays.asList(m.esms(), m.indicator())), "cpom.modulationClauses", m.esms() + " "
          + m.indicator(), Articles.R314_43_2, "two clauses set the same indicator for the same ESMS");
    }
    java.util.Map<FinessNumber, List<ModulationClause>> byEsms = new java.util.LinkedHashMap<>();
    cpom.modulationClauses().forEach(m -> byEsms.computeIfAbsent(m.esms(), k -> new java.util.ArrayList<>()).add(m));
    byEsms.values().forEach(c -> ModulationClause.checkCombinable(c, "cpom.modulationClauses"));
  }

  private static void checkPeriod(Cpom cpom) {
    int startYear = cpom.startDate().getYear();
    Checks.check(startYear >= Cpom.MIN_YEAR && startYear <= Cpom.MAX_YEAR, "cpom.startDate", cpom.startDate(), Cpom.YEARS_RULE,
        "outside the years " + Cpom.MIN_YEAR + " to " + Cpom.MAX_YEAR + " cpom supports for a contract");
    MaximumDuration max = cpom.maximumDuration();
    LegalBasis rule = max.basis();
    Checks.check(cpom.durationYears() >= 1 && cpom.durationYears() <= max.years(), "cpom.durationYears", cpom.durationYears(), rule,
        "a CPOM under " + cpom.basis().legalBasis() + " lasts 1 to " + max.years() + " whole years"
            + (max.extensionMonths() > 0 ? "; a further year can only be an extension" : ""));
    cpom.extension().ifPresent(p -> Checks.check(
        !p.isNegative() && p.getDays() == 0 && p.toTotalMonths() >= 1 && p.toTotalMonths() <= max.extensionMonths(),
        "cpom.extension", p, rule, max.extensionMonths() == 0
            ? "this contract allows no extension"
            : "an extension is 1 to " + max.extensionMonths() + " whole months"
                + (max.extensionMonths() == 12 ? ": a CPOM is extendable by at most a further year" : "")));
    // checked in months before any date is computed: a duration of Integer.MAX_VALUE years would overflow
    long months = 12L * cpom.durationYears() + cpom.extension().map(Period::toTotalMonths).orElse(0L);
    boolean inRange = months <= 12L * (Cpom.MAX_YEAR - startYear + 1)
        && cpom.startDate().plusMonths(months).minusDays(1).getYear() <= Cpom.MAX_YEAR;
    Checks.check(inRange, "cpom.durationYears", cpom.durationYears() + cpom.extension().map(p -> " + " + p).orElse(""),
        Cpom.YEARS_RULE, "the contract from " + cpom.startDate() + " would end after " + Cpom.MAX_YEAR);
  }

  private static void checkSignatoriesAndPerimeter(Cpom cpom) {
    Checks.check(!cpom.authorities().isEmpty(), "cpom.authorities", "[]", Cpom.L313_11,
        "a CPOM is signed by at least one tariff authority");
    Checks.check(new HashSet<>(cpom.authorities()).size() == cpom.authorities().size(), "cpom.authorities", cpom.authorities(),
        Cpom.RULE_CONTENT, "an authority is listed twice");
    Checks.check(!cpom.perimeter().isEmpty(), "cpom.perimeter", "[]", Cpom.L313_11, "a CPOM covers at least one ESMS");
    Set<FinessNumber> seen = new HashSet<>();
    for (Esms e : cpom.perimeter()) {
      Checks.check(e.gestionnaire().equals(cpom.gestionnaire().finess()), "cpom.perimeter", e, Cpom.L313_11,
          "the ESMS is run by " + e.gestionnaire() + ", not by the signing gestionnaire " + cpom.gestionnaire().finess());
      Checks.check(seen.add(e.finess()), "cpom.perimeter", e.finess(), Cpom.RULE_CONTENT, "the FINESS is listed twice");
      for (Funding f : e.fundings()) {
        Checks.check(cpom.authorities().contains(f.authority()), "cpom.authorities", f.authority(), Cpom.L313_11,
            "sets the " + f.section() + " tariff of " + e + " but does not sign the contract");
      }
    }
  }

  private static void checkFinancialClause(Cpom cpom) {
    Set<List<Object>> keys = new HashSet<>();
    for (TariffModeClause l : cpom.financialClause()) {
      String at = "cpom.financialClause[" + l.esms().map(Object::toString).orElse("*") + " " + l.target() + "]";
      Checks.check(keys.add(Amendments.lineKey(l)), at, l.target(), TariffModeClause.RULE,
          "two lines set the same group or section for the same ESMS");
      l.esms().ifPresent(f -> Checks.check(cpom.esms(f).isPresent(), at + ".esms", f, TariffModeClause.RULE,
          "the ESMS is not in the contract's perimeter"));
      l.section().ifPresent(s -> Checks.check(
          cpom.perimeter().stream()
              .filter(e -> l.esms().isEmpty() || l.esms().get().equals(e.finess()))
              .anyMatch(e -> e.fundings().stream().anyMatch(f -> f.section() == s)),
          at + ".section", s, TariffModeClause.RULE, "no ESMS it applies to is funded by that section"));
      Checks.check(!(l.mode() == TariffMode.ANNUAL_AMENDMENT && cpom.basis() != CpomBasis.L313_11),
          "cpom.financialClause.mode", l.mode() + " (" + l.mode().article() + ") for " + l.target(), Cpom.R314_39_1,
          "a CPOM under " + cpom.basis().legalBasis() + " sets its tariffs by R314-40 1°, 2° or 4°, not by annual amendments");
    }
  }

  private static void checkObjectivesAndFiches(Cpom cpom) {
    Set<String> objectiveIds = new HashSet<>();
    for (Objective o : cpom.objectives()) {
      Checks.check(objectiveIds.add(o.id()), "cpom.objectives", o.id(), Cpom.RULE_CONTENT, "two objectives have the same identifier");
    }
    Set<String> ficheIds = new HashSet<>();
    int years = cpom.contractYears().size();
    for (FicheAction f : cpom.fichesActions()) {
      String at = "cpom.fichesActions[" + f.id() + "]";
      Checks.check(ficheIds.add(f.id()), "cpom.fichesActions", f.id(), FicheAction.RULE,
          "two fiches-actions have the same identifier");
      Checks.check(objectiveIds.contains(f.objective()), at + ".objective", f.objective(), FicheAction.RULE,
          "no objective of the contract has that identifier");
      for (FinessNumber e : f.esms()) {
        Checks.check(cpom.esms(e).isPresent(), at + ".esms", e, FicheAction.RULE, "the ESMS is not in the contract's perimeter");
      }
      for (Step s : f.steps()) {
        Checks.check(cpom.contains(s.dueDate()), at + ".steps", s.label() + " due " + s.dueDate(), FicheAction.RULE,
            "the due date is outside the contract's period " + cpom.startDate() + " to " + cpom.endDate());
      }
      for (Indicator i : f.indicators()) {
        int last = i.targets().lastKey();
        Checks.check(last <= years, at + ".indicators[" + i.id() + "].targets", "year " + last, FicheAction.RULE,
            "the contract has years 1 to " + years);
      }
      for (int m = 0; m < f.means().size(); m++) {
        int year = f.means().get(m).contractYear();
        Checks.check(year <= years, at + ".means[" + m + "].contractYear", year, FicheAction.RULE,
            "the contract has years 1 to " + years);
      }
    }
  }

  private static void checkAvenants(Cpom cpom) {
    if (cpom.avenants().isEmpty()) {
      return;
    }
    Set<Integer> numbers = new TreeSet<>();
    for (Avenant a : cpom.avenants()) {
      Checks.check(numbers.add(a.number()), "cpom.avenants", "n°" + a.number(), Avenant.RULE, "two avenants have the same number");
    }
    Cpom state = Amendments.asSigned(cpom);
    for (Avenant a : cpom.avenantsInOrder()) {
      Checks.check(state.contains(a.effectiveDate()), "cpom.avenants[n°" + a.number() + "].effectiveDate",
          a.effectiveDate(), Avenant.RULE, "the date is outside the contract's period " + state.startDate() + " to "
              + state.endDate() + " in force when the avenant takes effect");
      state = Amendments.amendedBy(state, a);
    }
  }

}
