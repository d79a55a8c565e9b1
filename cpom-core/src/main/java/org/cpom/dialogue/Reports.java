package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.contract.ContractYear;
import org.cpom.contract.Cpom;
import org.cpom.contract.Dgc;
import org.cpom.contract.GrilleAvancement;
import org.cpom.dotation.DgcDotation;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentSchedule;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;

/** The assembly of the yearly report: every input checked against the contract and the exercice, then put together. */
final class Reports {
  static final LegalBasis RULE = LegalBasis.convention(Convention.DIALOGUE_REPORT);

  private Reports() {}

  static RapportDialogueDeGestion assemble(ReportInputs in) {
    Objects.requireNonNull(in, "inputs");
    Cpom amended = in.cpom().asAmended();
    ContractYear cy = Targets.requireContractYear(amended, in.year(), "reportInputs.year");
    Map<FinessNumber, PeopleActivity> activities = checkActivities(in, amended);
    checkDotations(in, amended);
    List<IndicatorComparison> compared = Targets.compare(in.cpom(), in.year(), in.values(), in.links(),
        in.thresholds(), in.catalogue());
    GrilleAvancement grille = GrilleAvancement.from(in.cpom(), in.followUps());

    List<DgcSummary> dgcs = new ArrayList<>();
    for (int i = 0; i < in.dotations().size(); i++) {
      dgcs.add(summary(in.dotations().get(i), in.payments().get(i), in.year(), in.asOf()));
    }
    List<IndicatorComparison> ofCpom = compared.stream().filter(c -> c.value().esms().isEmpty()).toList();
    List<RapportEsms> parts = new ArrayList<>();
    for (Esms e : amended.perimeter()) {
      List<IndicatorComparison> mine = compared.stream()
          .filter(c -> c.value().esms().filter(e.finess()::equals).isPresent()).toList();
      List<DgcShare> shares = new ArrayList<>();
      dgcs.forEach(d -> d.share(e.finess()).ifPresent(shares::add));
      parts.add(new RapportEsms(e, activities.get(e.finess()), mine, shares));
    }
    return new RapportDialogueDeGestion(amended.id(), in.year(), cy, in.asOf(), parts, ofCpom, grille,
        in.bilanFinancier().orElse(null), in.ratiosFinanciers().orElse(null), dgcs);
  }

  private static Map<FinessNumber, PeopleActivity> checkActivities(ReportInputs in, Cpom amended) {
    Map<FinessNumber, PeopleActivity> byEsms = new HashMap<>();
    for (int i = 0; i < in.activities().size(); i++) {
      PeopleActivity a = in.activities().get(i);
      String at = "activities[" + i + "]";
      Checks.check(a.year().equals(in.year()), at + ".year", a.year(), RULE, "the report is on " + in.year());
      Checks.check(amended.esms(a.esms()).isPresent(), at + ".esms", a.esms(), RULE, "not an ESMS of the perimeter"
          + " of " + amended.id());
      Checks.check(byEsms.put(a.esms(), a) == null, at + ".esms", a.esms(), RULE, "a second activity of this ESMS");
    }
    return byEsms;
  }

  private static void checkDotations(ReportInputs in, Cpom amended) {
    Set<String> names = new HashSet<>();
    amended.dgcs().stream().map(Dgc::name).forEach(names::add);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < in.dotations().size(); i++) {
      DgcDotation d = in.dotations().get(i);
      String at = "dotations[" + i + "]";
      Checks.check(d.dgc().contractReference().equals(amended.id()), at + ".dgc.contractReference",
          d.dgc().contractReference(), RULE, "the report is on the contract " + amended.id());
      Checks.check(names.contains(d.dgc().name()), at + ".dgc.name", d.dgc().name(), RULE, "the contract has no"
          + " DGC of that name; its DGCs are " + names);
      Checks.check(seen.add(d.dgc().name()), at + ".dgc.name", d.dgc().name(), RULE, "a second dotation of this DGC");
      Checks.check(d.year().equals(in.year()), at + ".year", d.year(), RULE, "the report is on " + in.year());
      for (FinessNumber f : d.finalSplit().shares().keySet()) {
        Checks.check(amended.esms(f).isPresent(), at + ".esms", f, RULE, "not an ESMS of the perimeter of "
            + amended.id());
      }
    }
    Checks.check(in.payments().size() == in.dotations().size(), "payments", in.payments().size() + " schedules",
        RULE, "one schedule per dotation, in the same order: " + in.dotations().size() + " dotations");
    for (int i = 0; i < in.payments().size(); i++) {
      DgcPaymentSchedule p = in.payments().get(i);
      DgcDotation d = in.dotations().get(i);
      String at = "payments[" + i + "]";
      Checks.check(p.dgc().year().equals(in.year()), at + ".year", p.dgc().year(), RULE, "the report is on "
          + in.year());
      // R314-115: a schedule pays the dotation less the Creton parts the Départements pay
      Amount creton = Amount.total(p.cretonParts().values());
      Checks.check(p.dgc().annualAmount().equals(d.total().minus(creton)), at + ".dgc.annualAmount",
          p.dgc().annualAmount(), RULE, "the schedule does not pay the dotation " + d.dgc().name() + " of "
          + d.total() + (creton.isZero() ? "" : " less its Creton parts " + creton));
      Map<FinessNumber, Amount> shares = d.finalSplit().shares();
      Checks.check(p.esms().keySet().equals(shares.keySet()), at + ".esms", p.esms().keySet(), RULE,
          "the schedule's ESMS are not those of the dotation " + d.dgc().name() + ": " + shares.keySet());
      shares.forEach((f, share) -> Checks.check(p.esms(f).annualAmount().equals(share.minus(p.cretonParts(f))),
          at + ".esms[" + f.value() + "]", p.esms(f).annualAmount(), RULE, "the ESMS's share of " + d.dgc().name()
          + " is " + share + (p.cretonParts(f).isZero() ? "" : " less its Creton parts " + p.cretonParts(f))));
    }
  }

  private static DgcSummary summary(DgcDotation d, DgcPaymentSchedule p, java.time.Year year, LocalDate asOf) {
    List<DgcShare> shares = new ArrayList<>();
    Map<FinessNumber, Amount> ordered = new LinkedHashMap<>(d.finalSplit().shares());
    ordered.forEach((f, share) -> shares.add(new DgcShare(d.dgc().name(), f, share, p.cretonParts(f),
        paid(p.esms(f), asOf))));
    return new DgcSummary(d.dgc().name(), year, asOf, d.total(), Amount.total(p.cretonParts().values()),
        paid(p.dgc(), asOf), shares);
  }

  /** The payments dated on or before a date, both ends included. */
  private static Amount paid(PaymentSchedule s, LocalDate asOf) {
    long cents = 0;
    for (Payment p : s.payments()) {
      if (!p.date().isAfter(asOf)) {
        cents = Checks.addExact(cents, p.amount().cents(), "payments");
      }
    }
    return Amount.ofCents(cents);
  }
}
