package org.cpom.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpom.activity.ActivityRecord;
import org.cpom.activity.PhModulation;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.Dgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationIndicator;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.TariffMode;
import org.cpom.dotation.Actualisation;
import org.cpom.dotation.Cnr;
import org.cpom.dotation.CretonRevenue;
import org.cpom.dotation.CretonSplit;
import org.cpom.dotation.DecisionModificative;
import org.cpom.dotation.DgcProjection;
import org.cpom.dotation.DgcSplit;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DmStatus;
import org.cpom.dotation.DmTransfer;
import org.cpom.dotation.DotationEngine;
import org.cpom.dotation.EsmsDotation;
import org.cpom.dotation.EsmsYear;
import org.cpom.dotation.MesureNouvelle;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.DgcScheduleRequest;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentEngine;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceLabels;
import org.cpom.trace.TraceStep;

/**
 * The association's ARS DGC (IME, SESSAD, MAS) over 2025 and 2026: the amount of each ESMS with its trace,
 * the DGC, its split and décision modificative, the bases carried to the next year, and the monthly payments
 * of the DGC and of each ESMS.
 *
 * <p>2025: campaign rate 1.20 %; a mesure nouvelle for the IME (4 places from 1 October, 73,000 EUR a full
 * year); a CNR for the SESSAD; the MAS modulated for its 2024 occupancy (90 % against an objective of 95 %);
 * the arrêté notified late, on 10 April, so January to March are paid on the 2024 amounts; a DM moving
 * 50,000 EUR from the MAS to the IME, approved on 2 June. 2026: campaign rate 1.00 %, the arrêté notified
 * on 12 December 2025, in time; the MAS at 96 % in 2025 is not modulated; the SESSAD, 7,600 actes of 8,000
 * in 2025, is modulated by 1.5 % under its clause's 2-point franchise.
 *
 * <p>The IME keeps young adults under CASF L242-4 (amendement Creton): its dotation globalisée includes the
 * parts of the Rhône and of the Ain, the revenue billed to each on the last closed exercice (R314-115). The IME
 * bills those parts to the Départements as prix de journée, so the assurance maladie pays the IME its share
 * less them: 42,000 + 18,500 = 60,500 EUR in 2025 (billed on 2024), 45,150 + 18,500 = 63,650 EUR in 2026
 * (billed on 2025). The parts are sent to the DG ARS by 31 January.
 */
public final class DotationExample {
  private DotationExample() {}

  /**
   * The contract's DGC of the assurance maladie, as the contract states it (its own facts), every ESMS updated
   * at the campaign rate (R314-40 1°, as the contract's financial clause sets their charges groups).
   */
  public static final Dgc DGC = Dgc.builder()
      .name("DGC ARS Association Les Coteaux")
      .authority(Association.ARS)
      .funder(Funder.assuranceMaladie())
      .addMembers(DgcMember.of(Association.IME, TariffMode.CAMPAIGN_RATE),
          DgcMember.of(Association.SESSAD, TariffMode.CAMPAIGN_RATE),
          DgcMember.of(Association.MAS, TariffMode.CAMPAIGN_RATE))
      .build();

  /** The contract's occupancy objective for the MAS (R314-43-2), art. 7.2 of the CPOM. */
  public static final ModulationClause MAS_MODULATION =
      ModulationClause.occupancy(Association.MAS.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 7.2"));

  /**
   * The SESSAD's objective of 8,000 actes a year (R314-43-2 II 3°), art. 7.3 of the CPOM: a tolerance band of 2
   * points of gap, then half of the gap beyond it (a modality of the contract, R314-43-2 III).
   */
  public static final ModulationClause SESSAD_MODULATION = ModulationClause.builder()
      .esms(Association.SESSAD.finess())
      .indicator(ModulationIndicator.SERVICES_DELIVERED)
      .objective(new BigDecimal("8000"))
      .franchise(Rate.ofPercent("2"))
      .coefficient(new BigDecimal("0.5"))
      .clause(LegalBasis.clause("art. 7.3"))
      .build();

  /**
   * The DGC resolved against the contract, which supplies its reference, basis, years and gestionnaire (declared
   * after the clauses above, which the contract takes).
   */
  public static final ResolvedDgc RESOLVED_DGC = AssociationCpom.cpom().dgc(DGC.name());

  private static final LegalBasis CAMPAIGN_2025 = LegalBasis.given("instruction budgétaire de campagne 2025");

  /**
   * The bases reconductibles at the end of 2024, also the 2024 shares paid.
   *
   * @return the bases by FINESS
   */
  public static Map<FinessNumber, Amount> bases2024() {
    Map<FinessNumber, Amount> m = new LinkedHashMap<>();
    m.put(Association.IME.finess(), Amount.ofEuros(1_800_000));
    m.put(Association.SESSAD.finess(), Amount.ofEuros(600_000));
    m.put(Association.MAS.finess(), Amount.ofEuros(3_100_000));
    return m;
  }

  /**
   * The two years computed.
   *
   * @return the projection 2025-2026
   */
  public static DgcProjection projection() {
    FinessNumber ime = Association.IME.finess();
    FinessNumber sessad = Association.SESSAD.finess();
    FinessNumber mas = Association.MAS.finess();
    ModulationClause objective = MAS_MODULATION;
    ActivityRecord mas2024 = ActivityRecord.builder().capacityOf(Association.MAS).year(Year.of(2024))
        .daysProvided(15_768).build(); // 90 % of 48 places x 365 days
    ActivityRecord mas2025 = ActivityRecord.builder().capacityOf(Association.MAS).year(Year.of(2025))
        .daysProvided(16_819).build(); // 96 %
    // 7,600 actes of 8,000: a gap of 5 %, 3 points beyond the franchise, so 1.5 % (the legal cap is 2.5 %)
    ActivityRecord sessad2025 = ActivityRecord.builder().esms(sessad).year(Year.of(2025)).servicesDelivered(7_600).build();
    Actualisation rate2025 = Actualisation.campaignRate(Rate.ofPercent("1.20"));
    DgcYear y2025 = DgcYear.builder()
        .year(Year.of(2025))
        .addEsms(
            EsmsYear.builder().esms(ime).actualisation(rate2025)
                .addMesuresNouvelles(MesureNouvelle.of("extension of 4 internat places", Amount.ofEuros(73_000),
                    LocalDate.of(2025, 10, 1), CAMPAIGN_2025))
                .build(),
            EsmsYear.builder().esms(sessad).actualisation(rate2025)
                .addCnr(Cnr.of("equipment for home visits", Amount.ofEuros(40_000), CAMPAIGN_2025))
                .build(),
            EsmsYear.builder().esms(mas).actualisation(rate2025)
                .modulation(PhModulation.builder().clause(objective).addActivity(mas2024).build())
                .build())
        .addDecisionsModificatives(DecisionModificative.builder()
            .reference("DM n° 1 2025")
            .submitted(LocalDate.of(2025, 5, 2))
            .status(DmStatus.APPROVED)
            .decisionDate(LocalDate.of(2025, 6, 2))
            .addTransfers(DmTransfer.of(mas, ime, Amount.ofEuros(50_000)))
            .build())
        .build();
    Actualisation rate2026 = Actualisation.campaignRate(Rate.ofPercent("1.00"));
    DgcYear y2026 = DgcYear.builder()
        .year(Year.of(2026))
        .addEsms(EsmsYear.builder().esms(ime).actualisation(rate2026).build(),
            EsmsYear.builder().esms(sessad).actualisation(rate2026)
                .modulation(PhModulation.builder().clause(SESSAD_MODULATION).addActivity(sessad2025).build())
                .build(),
            EsmsYear.builder().esms(mas).actualisation(rate2026)
                .modulation(PhModulation.builder().clause(objective).addActivity(mas2024, mas2025).build())
                .build())
        .build();
    return DotationEngine.project(RESOLVED_DGC, List.of(y2025, y2026), bases2024());
  }

  /**
   * The R314-115 split of the IME's dotation globalisée of a year: its share in the arrêté, and the Creton
   * revenue billed to the Rhône and the Ain on the year before (2024: 42,000 and 18,500; 2025: 45,150 and
   * 18,500).
   *
   * @param year the year's result, 2025 or 2026
   * @return the split
   */
  public static CretonSplit creton(DgcDotation year) {
    boolean first = year.year().equals(Year.of(2025));
    return CretonSplit.builder()
        .esms(Association.IME)
        .year(year.year())
        .dotation(year.provisionalSplit().share(Association.IME.finess()))
        .addRevenues(CretonRevenue.of("69", Amount.ofEuros(first ? 42_000 : 45_150)),
            CretonRevenue.of("01", Amount.ofEuros(18_500)))
        .build();
  }

  /**
   * The payments of a year of the projection by the assurance maladie: the IME is paid its share less its
   * Creton parts ({@link #creton(DgcDotation)}, CASF R314-115).
   *
   * @param year the year's result
   * @param notified the date the arrêté was notified
   * @param previousShares what the assurance maladie paid each ESMS the year before
   * @return the DGC and ESMS schedules
   */
  public static DgcPaymentSchedule payments(DgcDotation year, LocalDate notified, Map<FinessNumber, Amount> previousShares) {
    return PaymentEngine.schedule(DgcScheduleRequest.builder()
        .dotation(year)
        .notified(notified)
        .previousShares(previousShares)
        .calendar(HolidayCalendars.national())
        .addCretonSplits(creton(year))
        .build());
  }

  /**
   * What the assurance maladie paid each ESMS in a year: the advances of the next year are twelfths of it.
   *
   * @param s the year's schedules
   * @return the totals by FINESS
   */
  public static Map<FinessNumber, Amount> paid(DgcPaymentSchedule s) {
    Map<FinessNumber, Amount> m = new LinkedHashMap<>();
    s.esms().forEach((f, e) -> m.put(f, e.total()));
    return m;
  }

  /**
   * Prints the two years: traces, splits, bases and payment schedules.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    DgcProjection p = projection();
    out.println("=== Dotation globalisée commune: " + DGC.name() + " (" + DGC.authority() + ", " + DGC.funder() + ", "
        + RESOLVED_DGC.contractReference() + ", CASF R314-43-1) ===");
    DgcDotation y2025 = p.year(Year.of(2025));
    DgcDotation y2026 = p.year(Year.of(2026));
    printYear(out, y2025);
    // in 2024 the Départements paid their young adults' prix de journée apart: the AM paid the whole 2024 shares
    DgcPaymentSchedule paid2025 = payments(y2025, LocalDate.of(2025, 4, 10), bases2024());
    printCreton(out, creton(y2025));
    printPayments(out, y2025, paid2025, "10 April 2025 (late)");
    printYear(out, y2026);
    printCreton(out, creton(y2026));
    printPayments(out, y2026, payments(y2026, LocalDate.of(2025, 12, 12), paid(paid2025)), "12 December 2025");
  }

  private static void printCreton(PrintStream out, CretonSplit c) {
    out.println();
    out.println("-- " + c.year() + ": Creton young adults of " + c.esms().name() + " (CASF R314-115, L242-4), parts sent to "
        + "the DG ARS by " + c.transmissionDeadline().date());
    printTrace(out, c.trace());
    out.println(row("= part of the assurance maladie " + c.year(), c.assuranceMaladiePart(), "CASF R314-115"));
  }

  private static void printYear(PrintStream out, DgcDotation r) {
    out.println();
    out.println("-- " + r.year() + ": amount of each ESMS, in the order of the dotation engine");
    for (EsmsDotation d : r.esms()) {
      out.println(name(d.esms()) + " (" + d.esms() + ", " + d.mode().article() + ")");
      printTrace(out, d.trace());
      out.println(row("= amount " + r.year(), d.amount(), ""));
    }
    out.println(row("DGC " + r.year() + " (sum of the ESMS)", r.total(), "CASF R314-43-1"));
    for (DgcSplit s : r.splits()) {
      out.println("Split: " + s.origin() + s.effectiveFrom().map(d -> " from " + d).orElse(""));
      printTrace(out, s.trace());
    }
    out.println("Bases reconductibles " + r.year().plusYears(1) + ":");
    for (EsmsDotation d : r.esms()) {
      out.println(name(d.esms()));
      printTrace(out, d.nextBaseTrace());
      out.println(row("= base " + r.year().plusYears(1), d.nextBase(), ""));
    }
  }

  private static void printPayments(PrintStream out, DgcDotation r, DgcPaymentSchedule s, String notified) {
    out.println();
    out.println("-- " + r.year() + ": payments (" + s.dgc().regime().basis() + "), arrêté notified " + notified);
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-11s %-15s %15s", "date", "kind", "DGC"));
    for (FinessNumber f : s.esms().keySet()) {
      head.append(String.format(Locale.ROOT, " %15s", name(f).split(" ")[0]));
    }
    out.println(head);
    for (Payment d : s.dgc().payments()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-11s %-15s %15s", d.date(), d.kind().label(Locale.FRENCH),
          Formats.amount(d.amount())));
      for (FinessNumber f : s.esms().keySet()) {
        Amount a = s.esms(f).payments().stream().filter(e -> e.date().equals(d.date())).map(Payment::amount)
            .findFirst().orElse(Amount.ZERO);
        line.append(String.format(Locale.ROOT, " %15s", Formats.amount(a)));
      }
      out.println(line);
    }
    StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-11s %-15s %15s", "total", "",
        Formats.amount(s.dgc().total())));
    for (FinessNumber f : s.esms().keySet()) {
      total.append(String.format(Locale.ROOT, " %15s", Formats.amount(s.esms(f).total())));
    }
    out.println(total);
    for (Map.Entry<FinessNumber, org.cpom.payment.PaymentSchedule> e : s.esms().entrySet()) {
      for (Payment pay : e.getValue().payments()) {
        if (pay.trace().size() > 1) {
          out.println(name(e.getKey()) + ", " + pay.date() + " " + pay.kind().label(Locale.FRENCH) + " "
              + TraceLabels.amount(pay.amount(), Locale.FRENCH) + " :");
          printTrace(out, pay.trace());
        }
      }
    }
  }

  private static void printTrace(PrintStream out, Trace t) {
    for (TraceStep s : t.steps()) {
      out.println(row("  " + s.label(Locale.FRENCH), s.amount(), s.basis().text()));
    }
  }

  private static String row(String label, Amount amount, String basis) {
    return String.format(Locale.ROOT, "%-100s %15s  %s", label, Formats.amount(amount), basis).stripTrailing();
  }

  private static String name(FinessNumber f) {
    for (Esms e : Association.ALL_ESMS) {
      if (e.finess().equals(f)) {
        return e.name();
      }
    }
    return f.toString();
  }

  /**
   * Prints the example to the standard output.
   *
   * @param args none
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
