package org.cpom.examples;

import static org.cpom.examples.Formats.FR;
import static org.cpom.examples.Formats.amount;
import static org.cpom.examples.Formats.date;
import static org.cpom.examples.Formats.percent;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpom.Violation;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.FecSummary;
import org.cpom.accounts.ResultatDuCompte;
import org.cpom.accounts.Ventilation;
import org.cpom.budget.Activity;
import org.cpom.budget.BbzBudget;
import org.cpom.budget.BbzLine;
import org.cpom.budget.Budget;
import org.cpom.budget.DecisionPackage;
import org.cpom.budget.Enveloppe;
import org.cpom.budget.Gap;
import org.cpom.budget.GroupTotals;
import org.cpom.budget.MatriceDeSuivi;
import org.cpom.budget.MonthCell;
import org.cpom.budget.PackageSelection;
import org.cpom.budget.PrixDeJournee;
import org.cpom.budget.TrackingRow;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.Avenant;
import org.cpom.contract.ContractYear;
import org.cpom.contract.Cpom;
import org.cpom.contract.FicheAction;
import org.cpom.contract.FundingWay;
import org.cpom.contract.GrilleAvancement;
import org.cpom.contract.GrilleCell;
import org.cpom.contract.GrilleRow;
import org.cpom.contract.IndicatorAchievement;
import org.cpom.contract.LateStep;
import org.cpom.contract.Means;
import org.cpom.contract.Milestone;
import org.cpom.contract.TariffModeClause;
import org.cpom.dotation.Adjustment;
import org.cpom.dotation.CretonSplit;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DgcSplit;
import org.cpom.dotation.EsmsDotation;
import org.cpom.dotation.ModulationAuRenouvellement;
import org.cpom.dotation.RejetDeDepenses;
import org.cpom.dotation.SuiteDeLaDemandeDm;
import org.cpom.finance.BilanFinancier;
import org.cpom.finance.DecisionModificativeDue;
import org.cpom.finance.DecisionModificativeTrigger;
import org.cpom.finance.EprdForecast;
import org.cpom.finance.EprdUpdate;
import org.cpom.finance.FinanceEngine;
import org.cpom.finance.RatiosFinanciers;
import org.cpom.finance.TableauDeFinancement;
import org.cpom.investment.AmortissementImmobilisation;
import org.cpom.investment.Emprunt;
import org.cpom.investment.EvaluationLigne;
import org.cpom.investment.EvaluationFinanciere;
import org.cpom.investment.InvestmentEngine;
import org.cpom.investment.LoanSchedule;
import org.cpom.investment.OperationInvestissement;
import org.cpom.investment.OperationSubvention;
import org.cpom.investment.Pgfp;
import org.cpom.investment.PgfpComparison;
import org.cpom.investment.PgfpExercice;
import org.cpom.investment.Surcout;
import org.cpom.investment.Surcouts;
import org.cpom.money.Amount;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentSchedule;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funding;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.result.AllocationDecision;
import org.cpom.result.AllocationTable;
import org.cpom.result.ClosedExercice;
import org.cpom.result.ClosingResult;
import org.cpom.result.CompteDeResultat;
import org.cpom.result.MandatorySteps;
import org.cpom.result.Movement;
import org.cpom.result.ReservesAuRenouvellement;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/**
 * Prints, in French, what each step of {@link AssociationExample} computed: no computation here, only tables and
 * traces. Trace steps and enums are rendered with {@link Formats#FR}, never the default locale.
 */
final class Report {
  private Report() {}

  // ------------------------------------------------------------------------------------------------ contract

  /** The contract's identity, parties and period, its perimeter, financial clause, milestones and fiches-actions. */
  static void contract(PrintStream out, Cpom c, LocalDate reportDate) {
    TextTable.Builder t = TextTable.builder().left("Rubrique").left("Valeur")
        .row("Fondement juridique", c.basis().legalBasis().label(FR))
        .row("Cadre budgétaire", c.budgetFramework())
        .row("Gestionnaire", c.gestionnaire().name() + " (FINESS " + c.gestionnaire().finess() + ")")
        .row("Signataires", c.authorities().stream().map(Object::toString).collect(Collectors.joining(", ")))
        .row("Période", "du " + date(c.startDate()) + " au " + date(c.period().endDate()) + " ("
            + c.durationYears() + " ans"
            + c.extension().map(p -> ", prorogé de " + p.toTotalMonths() + " mois").orElse("") + ")");
    List<Avenant> avenants = new ArrayList<>(c.avenants());
    avenants.sort(Comparator.comparing(Avenant::effectiveDate).thenComparingInt(Avenant::number));
    for (Avenant a : avenants) {
      t.row("Avenant n°" + a.number(), "à compter du " + date(a.effectiveDate()) + " : " + a.subject());
    }
    out.print(Formats.title("CPOM " + c.id() + " : " + c.name()) + t.build().render());

    TextTable.Builder p = TextTable.builder().left("FINESS").left("ESMS").left("Catégorie").right("Places")
        .left("Financeurs").left("Autorité de tarification");
    int places = 0;
    for (Esms e : c.asOf(reportDate).perimeter()) {
      p.row(e.finess(), e.name(), e.category().label(FR), e.fundedPlaces(),
          e.fundings().stream().map(f -> f.funder().toString()).distinct().collect(Collectors.joining(", ")),
          e.fundings().stream().map(Funding::authority).map(Object::toString).distinct().collect(Collectors.joining(", ")));
      places += e.fundedPlaces();
    }
    p.row("", "Total", "", places, "", "");
    out.println();
    out.print(Formats.title("Périmètre au " + date(reportDate)) + p.build().render());

    Cpom asOf = c.asOf(reportDate);
    TextTable.Builder f = TextTable.builder().left("ESMS").left("Groupe ou section").left("Modalité").left("Termes");
    for (TariffModeClause l : asOf.financialClause()) {
      f.row(l.esms().flatMap(asOf::esms).map(Esms::name).orElse("tous les ESMS"),
          l.groupe().map(g -> g.label(FR)).orElseGet(() -> "section " + l.section().orElseThrow().label(FR)),
          l.mode().label(FR), l.terms().orElse(""));
    }
    out.println();
    out.print(Formats.title("Clause financière (CASF R314-40)") + f.build().render());

    TextTable.Builder m = TextTable.builder().left("Date").left("Échéance").left("Fondement");
    for (Milestone ms : c.asAmended().milestones()) {
      m.row(date(ms.date()), ms.kind().label(FR), ms.basis().label(FR));
    }
    out.println();
    out.print(Formats.title("Échéances du contrat") + m.build().render());

    fichesActions(out, c);
  }


  static void fichesActions(PrintStream out, Cpom c) {
    Cpom amended = c.asAmended();
    TextTable.Builder objectives = TextTable.builder().left("Objectif").left("Intitulé").left("Diagnostic partagé");
    amended.objectives().forEach(o -> objectives.row(o.id(), o.title(), o.diagnosticFinding().orElse("")));
    TextTable.Builder t = TextTable.builder().left("Fiche").left("Objectif").left("Intitulé").left("ESMS").left("Pilote")
        .left("En vigueur le").right("Coût").left("Financement");
    Map<FundingWay, Amount> byWay = new EnumMap<>(FundingWay.class);
    for (FicheAction fa : amended.fichesActions()) {
      Set<String> ways = new LinkedHashSet<>();
      for (Means means : fa.means()) {
        ways.add(means.fundingWay().label(FR));
        byWay.merge(means.fundingWay(), means.cost(), Amount::plus);
      }
      t.row(fa.id(), fa.objective(), fa.title(),
          fa.esms().stream().map(e -> amended.esms(e).orElseThrow().category().label(FR)).collect(Collectors.joining(", ")),
          fa.pilot(), date(inForceFrom(c, fa.id())), amount(fa.totalCost()), String.join(" + ", ways));
    }
    TextTable.Builder ways = TextTable.builder().left("Mode de financement").right("Coût");
    byWay.forEach((w, a) -> ways.row(w.label(FR), amount(a)));
    ways.row("Total", amount(Amount.total(new ArrayList<>(byWay.values()))));
    out.println();
    out.print(Formats.title("Objectifs et fiches-actions") + objectives.build().render() + "\n"
        + t.build().render() + "\n" + ways.build().render());
  }

  /** The first day a fiche-action is in force: the start, or the date of the avenant that added it. */
  private static LocalDate inForceFrom(Cpom c, String id) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(c.startDate());
    c.avenants().forEach(a -> dates.add(a.effectiveDate()));
    dates.sort(Comparator.naturalOrder());
    return dates.stream().filter(d -> c.asOf(d).ficheAction(id).isPresent()).findFirst().orElseThrow();
  }

  /** The grille d'état d'avancement: status by fiche-action and year, indicator achievement, late steps. */
  static void grille(PrintStream out, GrilleAvancement g, List<LateStep> late, LocalDate reportDate) {
    TextTable.Builder status = TextTable.builder().left("Fiche").left("Intitulé");
    g.years().forEach(y -> status.left(year(y)));
    for (GrilleRow r : g.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(r.ficheAction());
      cells.add(r.latest().title());
      for (ContractYear y : g.years()) {
        cells.add(r.cell(y.number()).map(c -> c.status().map(st -> st.label(FR)).orElse("-")).orElse(""));
      }
      status.row(cells);
    }
    TextTable.Builder indicators = TextTable.builder().left("Fiche").left("Année").left("Indicateur").left("Unité")
        .right("Référence").right("Cible").right("Constaté").right("Atteinte").left("Atteint");
    for (GrilleRow r : g.rows()) {
      for (GrilleCell c : r.cells()) {
        for (IndicatorAchievement i : c.indicators()) {
          if (c.followUp().isPresent() && i.observed().isPresent()) {
            indicators.row(r.ficheAction(), year(c.year()), i.indicator().label(), i.indicator().unit(),
                Formats.decimal(i.baseline()), i.target().map(Formats::decimal).orElse("-"),
                Formats.decimal(i.observed().get()), i.achievement().map(Formats::percent).orElse("-"),
                i.target().isPresent() ? (i.isTargetMet() ? "oui" : "non") : "");
          }
        }
      }
    }
    TextTable.Builder steps = TextTable.builder().left("Fiche").left("Étape").left("Échéance").right("Jours de retard");
    for (LateStep l : late) {
      steps.row(l.ficheAction(), l.step().label(), date(l.step().dueDate()), l.daysLate());
    }
    out.println();
    out.print(Formats.title("Grille d'état d'avancement")
        + "État déclaré par année (- : pas de suivi ; vide : fiche pas encore en vigueur)\n\n"
        + status.build().render() + "\n"
        + "Indicateurs (atteinte = (constaté - référence) / (cible - référence))\n\n"
        + indicators.build().render());
    out.println();
    out.print(Formats.title("Étapes en retard au " + date(reportDate)) + steps.build().render());
  }

  /** A contract year's column label: its calendar year when it is one, else "A" and its number. */
  static String year(ContractYear y) {
    return y.isCalendarYear() ? String.valueOf(y.startDate().getYear()) : "A" + y.number();
  }

  // ------------------------------------------------------------------------------------------------ DGC

  /** A year of the DGC: the trace of each ESMS, the total, its splits and the bases carried to the next year. */
  static void dotation(PrintStream out, DgcDotation r) {
    out.println();
    out.println("=== " + r.year() + " : dotation globalisée commune " + r.dgc().name() + " (" + r.dgc().contractReference()
        + ", CASF R314-43-1) ===");
    out.println("Montant de chaque ESMS, dans l'ordre du calcul :");
    for (EsmsDotation d : r.esms()) {
      out.println(name(d.esms()) + " (" + d.esms() + ", " + d.mode().article() + ")");
      trace(out, d.trace());
      out.println(row("= montant " + r.year(), d.amount(), ""));
    }
    out.println(row("DGC " + r.year() + " (somme des ESMS)", r.total(), "CASF R314-43-1"));
    for (DgcSplit s : r.splits()) {
      out.println("Répartition : " + s.origin() + s.effectiveFrom().map(d -> " à compter du " + date(d)).orElse(""));
      trace(out, s.trace());
    }
    out.println("Bases reconductibles " + r.year().plusYears(1) + " :");
    for (EsmsDotation d : r.esms()) {
      out.println(name(d.esms()));
      trace(out, d.nextBaseTrace());
      out.println(row("= base " + r.year().plusYears(1), d.nextBase(), ""));
    }
  }

  /** The Creton split of the IME's share of a year (R314-115). */
  static void creton(PrintStream out, CretonSplit c) {
    out.println();
    out.println("-- " + c.year() + " : jeunes adultes Creton de " + c.esms().name() + " (CASF R314-115, L242-4), parts "
        + "transmises au DG ARS au plus tard le " + date(c.transmissionDeadline().date()));
    trace(out, c.trace());
    out.println(row("= part de l'assurance maladie " + c.year(), c.assuranceMaladiePart(), "CASF R314-115"));
  }

  /** A year's payments: the DGC and each ESMS by date, then the trace of every payment that is not a plain twelfth. */
  static void payments(PrintStream out, DgcDotation r, DgcPaymentSchedule s) {
    out.println();
    out.println("-- " + r.year() + " : versements (" + s.dgc().regime().basis().label(FR) + ")");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-11s %-12s %16s", "date", "nature", "DGC"));
    for (FinessNumber f : s.esms().keySet()) {
      head.append(String.format(Locale.ROOT, " %16s", name(f).split(" ")[0]));
    }
    out.println(head);
    for (Payment d : s.dgc().payments()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-11s %-12s %16s", date(d.date()),
          d.kind().label(FR), amount(d.amount())));
      for (FinessNumber f : s.esms().keySet()) {
        Amount a = s.esms(f).payments().stream().filter(e -> e.date().equals(d.date())).map(Payment::amount)
            .findFirst().orElse(Amount.ZERO);
        line.append(String.format(Locale.ROOT, " %16s", amount(a)));
      }
      out.println(line);
    }
    StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-11s %-12s %16s", "total", "",
        amount(s.dgc().total())));
    for (FinessNumber f : s.esms().keySet()) {
      total.append(String.format(Locale.ROOT, " %16s", amount(s.esms(f).total())));
    }
    out.println(total);
    for (Map.Entry<FinessNumber, PaymentSchedule> e : s.esms().entrySet()) {
      for (Payment pay : e.getValue().payments()) {
        if (pay.trace().size() > 1) {
          out.println(name(e.getKey()) + ", " + date(pay.date()) + " " + pay.kind().label(FR) + " "
              + amount(pay.amount()) + " :");
          trace(out, pay.trace());
        }
      }
    }
  }

  static void trace(PrintStream out, Trace t) {
    for (TraceStep s : t.steps()) {
      out.println(row("  " + s.label(FR), s.amount(), s.basis().label(FR)));
    }
  }

  static String row(String label, Amount a, String basis) {
    return String.format(Locale.ROOT, "%-100s %16s  %s", label, amount(a), basis).stripTrailing();
  }

  static String name(FinessNumber f) {
    return Association.ALL_ESMS.stream().filter(e -> e.finess().equals(f)).map(Esms::name).findFirst()
        .orElse(f.toString());
  }

  // ------------------------------------------------------------------------------------------------ ledgers

  /**
   * A year's FEC split into its comptes de résultat: the file read, then per compte its charges and produits by
   * groupe fonctionnel and its result, then how the charges communes were shared out.
   */
  static void ledger(PrintStream out, Year year, FecSummary fec, Ventilation<GroupeFonctionnel> v,
      List<CompteDeResultat> comptes) {
    out.println();
    out.println("=== " + year + " : comptes de résultat tirés du FEC (CASF R314-217, charges communes R314-213 I 7°) ===");
    out.println("FEC fec-" + year + ".txt : " + fec.lineCount() + " lignes, débit " + amount(fec.totalDebit())
        + " = crédit " + amount(fec.totalCredit()) + ", " + fec.warningCount() + " avertissement(s)");
    TextTable.Builder t = TextTable.builder().left("Groupe fonctionnel");
    List<ResultatDuCompte<GroupeFonctionnel>> figures = new ArrayList<>();
    for (CompteDeResultat c : comptes) {
      t.right(c.id());
      figures.add(v.compte(c.id()).orElseThrow());
    }
    t.right("Total");
    for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
      if (g.isCharges()) {
        ledgerRow(t, "Charges " + g.label(FR), figures, r -> r.charges().getOrDefault(g, Amount.ZERO));
      }
    }
    ledgerRow(t, "Total des charges", figures, ResultatDuCompte::totalCharges);
    ledgerRow(t, "  dont quote-part des charges communes", figures, ResultatDuCompte::chargesCommunes);
    for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
      if (!g.isCharges()) {
        ledgerRow(t, "Produits " + g.label(FR), figures, r -> r.produits().getOrDefault(g, Amount.ZERO));
      }
    }
    ledgerRow(t, "Total des produits", figures, ResultatDuCompte::totalProduits);
    ledgerRow(t, "Résultat (excédent si positif)", figures, ResultatDuCompte::result);
    out.print(t.build().render());
    out.println("Répartition des charges communes (tableau de répartition, plus forts restes) :");
    trace(out, v.trace());
    out.println("Résultat du grand livre (classes 6 et 7) : " + amount(v.result()));
  }

  /**
   * The financial tables of the association's filing, from the trial balance of its FEC (CASF R314-213 I): the
   * bilan financier in euros and in days of charges courantes, the tableau de financement and the ratios, with
   * their alerts.
   */
  static void bilanFinancier(PrintStream out, Year year, BalanceGenerale balance) {
    BilanFinancier b = FinanceEngine.bilanFinancier(balance);
    TableauDeFinancement f = FinanceEngine.tableauDeFinancement(balance);
    RatiosFinanciers r = FinanceEngine.ratios(balance, year);
    out.println();
    out.println("=== " + year + " : bilan financier et ratios de l'association (CASF R314-213 I, R314-48 III) ===");
    TextTable.Builder t = TextTable.builder().left("Bilan financier au 31/12/" + year).right("Montant")
        .right("Jours de charges");
    t.row("Fonds de roulement d'investissement (FRI)", amount(b.fri()), days(b.enJours(b.fri())));
    t.row("Fonds de roulement d'exploitation (FRE)", amount(b.fre()), days(b.enJours(b.fre())));
    t.row("Fonds de roulement net global (FRNG)", amount(b.frng()), days(b.frngEnJours()));
    t.row("Besoin en fonds de roulement (bilan)", amount(b.bfr()), days(b.bfrEnJours()));
    t.row("Besoin en fonds de roulement (R314-48 III)", amount(b.bfrR31448()), days(b.enJours(b.bfrR31448())));
    t.row("Trésorerie (FRNG - BFR)", amount(b.tresorerie()), days(b.tresorerieEnJours()));
    out.print(t.build().render());
    out.println("Charges courantes (classe 6 hors 68 et 675) : " + amount(b.charges()));
    TextTable.Builder tf = TextTable.builder().left("Tableau de financement " + year).right("Montant");
    tf.row("CAF (ressource)", amount(f.caf()));
    tf.row("Augmentation des capitaux propres", amount(f.capitauxPropres()));
    tf.row("Emprunts nouveaux", amount(f.emprunts()));
    tf.row("Cessions", amount(f.cessions()));
    tf.row("Remboursements d'emprunts (emploi)", amount(f.remboursementsEmprunts()));
    tf.row("Acquisitions d'immobilisations (emploi)", amount(f.acquisitions()));
    tf.row("Autres variations", amount(f.autresVariations()));
    tf.row(f.apport().isNegative() ? "Prélèvement sur le fonds de roulement" : "Apport au fonds de roulement",
        amount(f.apport()));
    tf.row("FRNG d'ouverture -> FRNG de clôture", amount(f.frngOuverture()) + " -> " + amount(f.frngCloture()));
    out.print(tf.build().render());
    TextTable.Builder tr = TextTable.builder().left("Ratios " + year).right("Valeur");
    tr.row("Taux de CAF", percent(r.tauxDeCaf()));
    tr.row("Taux de vétusté des constructions", percent(r.vetusteConstructions()));
    tr.row("Taux de vétusté des installations techniques", percent(r.vetusteInstallationsTechniques()));
    tr.row("Taux de vétusté des autres immobilisations", percent(r.vetusteAutresImmobilisations()));
    tr.row("Indépendance financière", percent(r.independanceFinanciere()));
    tr.row("Durée apparente de la dette (années)", r.dureeApparenteDette().map(Formats::decimal).orElse("-"));
    tr.row("Encours de la dette sur produits", percent(r.tauxEndettement()));
    tr.row("Frais de siège (6556 + 6558)", amount(r.fraisDeSiege()));
    out.print(tr.build().render());
    if (r.alertes().isEmpty()) {
      out.println("Aucune alerte sur les seuils en vigueur.");
    }
    for (Violation v : r.alertes()) {
      out.println("Alerte " + v.field() + " : " + v.problem() + " (" + v.rule().label(FR) + ")");
    }
  }

  /**
   * The IME extension in the association's PPI (CASF R314-20): the operation and its financing plan, the
   * depreciation of its components, the loan's first instalments, the surcoûts year by year with the trace of the
   * first full year, then the PGFP 2025-2030 (R314-213 I 6°) without and with the surcoûts funded, each year tested
   * as the EPRD's équilibre réel (R314-222).
   */
  static void investment(PrintStream out, OperationInvestissement operation, Surcouts surcouts,
      EvaluationFinanciere evaluation, PgfpComparison plans) {
    out.println();
    out.println("=== Plan pluriannuel d'investissement : " + operation.label() + " (CASF R314-20) ===");
    out.println(operation.immobilisation().label() + ", commandée le " + date(operation.orderDate().orElseThrow())
        + ", mise en service le " + date(operation.miseEnService()) + " (" + operation.convention().label(FR) + ")");
    TextTable.Builder f = TextTable.builder().left("Plan de financement").right("Montant");
    for (OperationSubvention s : operation.subventions()) {
      f.row("Subvention d'investissement reçue en " + s.received() + " (c/13)", amount(s.amount()));
    }
    for (Emprunt e : operation.emprunts()) {
      f.row("Emprunt à " + percent(e.annualRate()) + ", " + e.type().label(FR) + ", " + e.periods() + " échéances ("
          + e.periodicity().label(FR) + "), versé le " + date(e.drawdown()) + " (c/16)", amount(e.principal()));
    }
    f.row("Fonds de roulement", amount(operation.fondsDeRoulement()));
    f.row("Coût de l'opération", amount(operation.cost()));
    out.print(f.build().render());
    out.println("Décaissements : " + operation.spending().entrySet().stream()
        .map(e -> e.getKey() + " " + amount(e.getValue())).collect(Collectors.joining(", ")));
    AmortissementImmobilisation depreciation = InvestmentEngine.depreciate(operation.immobilisation(),
        operation.convention());
    LoanSchedule loan = InvestmentEngine.schedule(operation.emprunts().get(0));
    TextTable.Builder d = TextTable.builder().left("Exercice").right("Dotations (c/68)").right("Reprise subvention (c/777)")
        .right("Intérêts courus (c/66)").right("Capital remboursé").right("Surcoût");
    for (Surcout y : surcouts.years().subList(0, 4)) {
      d.row(y.year(), amount(depreciation.dotationIn(y.year())), amount(y.repriseSubventions()), amount(y.interets()),
          amount(loan.principalIn(y.year())), amount(y.total()));
    }
    out.print(d.build().render());
    out.println("Annuité constante de l'emprunt : " + amount(loan.lines().get(0).instalment()) + ", intérêts totaux "
        + amount(loan.totalInterest()));
    Surcout fullYear = surcouts.years().get(1);
    out.println("Surcoût " + fullYear.year() + ", première année pleine :");
    trace(out, fullYear.trace());
    out.println();
    TextTable.Builder ev = TextTable.builder().left("Évaluation financière du CPOM").right("Mesures nouvelles")
        .right("CNR").right("Redéploiements").right("Coût de l'année").right("Coût cumulé");
    for (EvaluationLigne l : evaluation.annees()) {
      ev.row(l.exercice(), amount(l.mesuresNouvelles()), amount(l.cnr()), amount(l.redeploiements()),
          amount(l.coutSupplementaire()), amount(l.coutCumule()));
    }
    out.print(ev.build().render());
    out.println("Le coût des fiches-actions s'ajoute aux produits de la tarification et aux charges de chaque année du"
        + " PGFP : il n'en change ni le résultat ni la CAF.");
    out.println();
    pgfp(out, "PGFP " + plans.base().firstYear() + "-" + plans.base().firstYear().plusYears(5)
        + " avec l'extension, surcoûts non financés", plans.base());
    pgfp(out, "PGFP avec les surcoûts financés par la DGC à partir de " + fullYear.year().minusYears(1), plans.scenario());
  }

  private static void pgfp(PrintStream out, String title, Pgfp plan) {
    out.println(title + " (CASF R314-213 I 6°) :");
    TextTable.Builder t = TextTable.builder().left("");
    plan.exercices().forEach(e -> t.right(e.year().toString()));
    row(t, plan, "Résultat", PgfpExercice::resultat);
    row(t, plan, "CAF", PgfpExercice::caf);
    row(t, plan, "Emprunts nouveaux", e -> e.input().emprunts());
    row(t, plan, "Subventions d'investissement", e -> e.input().subventions());
    row(t, plan, "Acquisitions", e -> e.input().acquisitions());
    row(t, plan, "Remboursements en capital", e -> e.input().remboursementsCapital());
    row(t, plan, "Apport (+) ou prélèvement (-)", PgfpExercice::apport);
    row(t, plan, "FRNG au 31/12", PgfpExercice::frng);
    row(t, plan, "BFR", PgfpExercice::bfr);
    row(t, plan, "Trésorerie", PgfpExercice::tresorerie);
    out.print(t.build().render());
    out.println("FRNG d'ouverture " + amount(plan.frngOuverture()) + ", résultat cumulé " + amount(plan.resultatCumule())
        + (plan.exercices().stream().noneMatch(e -> e.resultat().isNegative()) ? " ; aucun déficit prévu"
            : plan.absorbsDeficits() ? " ; la trajectoire absorbe les déficits prévus"
            : " ; la trajectoire n'absorbe pas les déficits prévus"));
    for (PgfpExercice e : plan.exercices()) {
      for (Violation v : e.violations()) {
        out.println("  " + e.year() + " " + v.field() + " : non conforme à " + v.rule().label(FR));
      }
    }
  }

  private static void row(TextTable.Builder t, Pgfp plan, String label, Function<PgfpExercice, Amount> value) {
    List<Object> cells = new ArrayList<>();
    cells.add(label);
    plan.exercices().forEach(e -> cells.add(amount(value.apply(e))));
    t.row(cells);
  }

  /**
   * The tests an authority applies to the association's EPRD and to its update during the year (CASF R314-222,
   * R314-229): each failed test with its article, and the décision modificative due within a month.
   */
  static void equilibreReel(PrintStream out, EprdForecast eprd, EprdUpdate update) {
    out.println("Équilibre réel de l'EPRD " + eprd.year() + " (CASF R314-222) : CAF " + amount(eprd.caf())
        + ", capital des emprunts à rembourser " + amount(eprd.capitalDue()));
    List<Violation> failed = FinanceEngine.checkEquilibreReel(eprd);
    if (failed.isEmpty()) {
      out.println("  toutes les conditions vérifiées sont remplies");
    }
    for (Violation v : failed) {
      out.println("  " + v.field() + " : non conforme à " + v.rule().label(FR));
    }
    DecisionModificativeDue dm = FinanceEngine.checkDecisionModificative(update);
    out.println("Actualisation du " + date(update.establishedOn()) + " : prélèvement sur le fonds de roulement "
        + amount(update.prelevementSurFondsDeRoulement()) + ", FRNG au 1er janvier " + amount(update.frngAtJanuary1()));
    for (DecisionModificativeTrigger t : dm.triggers()) {
      out.println("  " + t.label(FR));
    }
    dm.deadline().ifPresent(d -> out.println("  décision modificative à présenter au plus tard le " + date(d.date())
        + " (" + d.legalBasis().label(FR) + ")"));
  }

  private static String days(Optional<BigDecimal> days) {
    return days.map(Formats::decimal).orElse("-");
  }

  static void ledgerRow(TextTable.Builder t, String label, List<ResultatDuCompte<GroupeFonctionnel>> figures,
      Function<ResultatDuCompte<GroupeFonctionnel>, Amount> value) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    Amount total = Amount.ZERO;
    for (ResultatDuCompte<GroupeFonctionnel> r : figures) {
      cells.add(amount(value.apply(r)));
      total = total.plus(value.apply(r));
    }
    cells.add(amount(total));
    t.row(cells);
  }

  // ------------------------------------------------------------------------------------------------ results

  static void resultsTitle(PrintStream out, Cpom cpom) {
    out.println();
    out.println("=== Affectation des résultats (" + cpom.budgetFramework() + ", CPOM "
        + cpom.basis().legalBasis().label(FR) + ", "
        + cpom.resultAllocationClause().orElseThrow().legalBasis().label(FR) + " : fongibilité) ===");
  }

  static void parties(PrintStream out, ClosedExercice ex) {
    out.println("Comptes de résultat " + ex.exercice() + " :");
    for (ClosingResult r : ex.results()) {
      CompteDeResultat c = r.compte();
      out.println(String.format(Locale.ROOT, "  %-13s %-45s affecté par : %s (%s)", c.id(), c.kind().label(FR),
          ex.allocatingParty(c).label(FR), ex.allocatingPartyBasis(c).label(FR)));
    }
  }

  static void mandatory(PrintStream out, ClosedExercice ex, List<MandatorySteps> steps) {
    out.println("Étapes obligatoires " + ex.exercice() + " (" + ex.allocatingPartyBasis().label(FR) + ") :");
    for (MandatorySteps s : steps) {
      out.println(String.format(Locale.ROOT, "  %-13s résultat %16s  excédent libre %16s  (%d mouvement(s) obligatoire(s)"
          + " avant les transferts)", s.compte().id(), amount(s.resultToAllocate()), amount(s.freeSurplus()),
          s.movements().size()));
    }
  }

  /**
   * A proposal validated: the number of violations and, for each, its field and rule (the core words the problem in
   * English only, so it is not printed); a rejected proposal has nothing applied.
   */
  static void validated(PrintStream out, String what, ClosedExercice exercice, List<Violation> violations) {
    out.println();
    out.println(what + " pour " + exercice.exercice() + " : " + violations.size() + " violation(s)"
        + (violations.isEmpty() ? "" : ", rien n'est appliqué :"));
    for (Violation v : violations) {
      out.println("  - " + v.field() + " : règle " + v.rule().label(FR));
    }
  }

  /** An allocation applied: its movements, then its tableau de détermination et d'affectation du résultat. */
  static void allocation(PrintStream out, AllocationDecision d) {
    movements(out, d);
    table(out, d);
  }

  static void movements(PrintStream out, AllocationDecision d) {
    out.println("Mouvements " + d.exercice() + " :");
    for (Movement m : d.movements()) {
      out.println(String.format(Locale.ROOT, "  %-13s %-90s %16s  %s", m.compteId(), m.label(), amount(m.amount()),
          m.basis().label(FR)));
    }
  }

  /** The tableau de détermination et d'affectation du résultat, shaped as the ERRD's. */
  static void table(PrintStream out, AllocationDecision d) {
    AllocationTable t = d.table();
    int width = 10;
    for (AllocationTable.Line l : t.lines()) {
      width = Math.max(width, l.label().length());
    }
    out.println();
    out.println("Tableau de détermination et d'affectation du résultat " + d.exercice());
    StringBuilder head = new StringBuilder(pad("", width));
    for (CompteDeResultat c : t.comptes()) {
      head.append(left(c.id(), 16));
    }
    head.append(left("Total", 16));
    out.println(head);
    StringBuilder parties = new StringBuilder(pad("Affecté par", width));
    for (CompteDeResultat c : t.comptes()) {
      parties.append(left(t.allocatingParty(c.id()) == AllocatingParty.GESTIONNAIRE ? "gestionnaire" : "autorité", 16));
    }
    out.println(parties);
    AllocationTable.Section section = null;
    for (AllocationTable.Line l : t.lines()) {
      if (l.section() != section) {
        section = l.section();
        out.println("-- " + title(section));
      }
      StringBuilder row = new StringBuilder(pad(l.label(), width));
      for (CompteDeResultat c : t.comptes()) {
        row.append(left(amount(l.amount(c.id())), 16));
      }
      row.append(left(amount(l.total()), 16));
      out.println(row);
    }
  }

  static String title(AllocationTable.Section s) {
    switch (s) {
      case DETERMINATION:
        return "Détermination du résultat";
      case MANDATORY:
        return "Étapes obligatoires";
      case FREE:
        return "Choix de la partie qui affecte";
      case BALANCES_BEFORE:
        return "Soldes avant affectation";
      default:
        return "Soldes après affectation";
    }
  }

  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  static String left(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  // ------------------------------------------------------------------------------------------------ budget

  static void bbz(PrintStream out, BbzBudget r, Year year) {
    Activity a = r.bbz().activity();
    out.println();
    out.print(Formats.title("Budget base zéro " + year + " - " + name(r.bbz().esms())));
    out.println("Activité : " + a.places() + " places x " + a.daysOpen() + " jours x " + percent(a.expectedOccupancy())
        + " = " + Formats.decimal(a.forecastDays().stripTrailingZeros()) + " journées prévues ; effectif "
        + Formats.decimal(r.totalEtp()) + " ETP");
    out.println();
    TextTable.Builder t = TextTable.builder().left("Ligne").left("Compte").right("Montant").left("Justification");
    for (BbzLine l : r.lines()) {
      t.row(l.label(), l.account(), amount(l.amount()), l.justification());
    }
    out.print(t.build().render());
    out.println();
    TextTable.Builder g = TextTable.builder().left("Groupe fonctionnel").right("Base").right("BBZ").right("Écart")
        .right("Écart %");
    for (Gap gap : r.gapsByGroup()) {
      g.row(group(gap.group()), amount(gap.base()), amount(gap.proposed()), amount(gap.difference()),
          percent(gap.percent()));
    }
    out.print(g.build().render());
    out.println();
    out.println("Total des charges " + amount(r.totalCharges()) + ", autres produits " + amount(r.otherRevenue())
        + ", tarification nécessaire " + amount(r.tarificationNeeded()));
    out.println("Coût par place " + amount(r.costPerPlace()) + ", par journée " + amount(r.costPerDay())
        + " ; tarification par place " + amount(r.tarificationPerPlace()) + ", par journée "
        + amount(r.tarificationPerDay()));
    out.println();
    TextTable.Builder l = TextTable.builder().left("Compte").left("Écart par ligne").right("Base").right("BBZ")
        .right("Écart").right("Écart %");
    for (Gap gap : r.gapsByLine()) {
      l.row(gap.account().orElseThrow(), gap.label(), amount(gap.base()), amount(gap.proposed()),
          amount(gap.difference()), percent(gap.percent()));
    }
    out.print(l.build().render());
  }

  static void packages(PrintStream out, Amount enveloppe, DecisionPackage socle, List<DecisionPackage> increments,
      PackageSelection strict, PackageSelection skip) {
    out.println();
    out.print(Formats.title("Paquets de décision dans la quote-part de l'IME dans la DGC : " + amount(enveloppe)));
    TextTable.Builder t = TextTable.builder().left("Paquet (par priorité)").right("Coût").right("Par défaut")
        .right("Sans les paquets trop chers");
    List<DecisionPackage> all = new ArrayList<>();
    all.add(socle);
    all.addAll(increments);
    for (DecisionPackage p : all) {
      t.row(p.label(), amount(p.cost()), strict.funded().contains(p) ? "financé" : "-",
          skip.funded().contains(p) ? "financé" : "-");
    }
    t.row("Financé", "", amount(strict.fundedTotal()), amount(skip.fundedTotal()));
    t.row("Reste de l'enveloppe", "", amount(strict.enveloppeLeft()), amount(skip.enveloppeLeft()));
    t.row("Non financé", "", amount(strict.unfundedTotal()), amount(skip.unfundedTotal()));
    out.print(t.build().render());
  }

  static void views(PrintStream out, Budget budget, Year year) {
    out.println();
    out.print(Formats.title("Budget du CPOM " + year + " : trois vues des mêmes lignes (l'IME tel que financé)"));
    TextTable.Builder t = TextTable.builder().left("Vue").right("Charges").right("Produits").right("Résultat");
    for (Esms e : budget.esms()) {
      GroupTotals g = budget.byEsms().get(e.finess());
      t.row("ESMS " + e.name(), amount(g.charges()), amount(g.produits()), amount(g.result()));
    }
    for (Map.Entry<Enveloppe, GroupTotals> e : budget.byEnveloppe().entrySet()) {
      GroupTotals g = e.getValue();
      t.row("Enveloppe " + enveloppe(e.getKey()), amount(g.charges()), amount(g.produits()), amount(g.result()));
    }
    GroupTotals g = budget.global();
    t.row("CPOM global", amount(g.charges()), amount(g.produits()), amount(g.result()));
    out.print(t.build().render());
  }

  static String enveloppe(Enveloppe e) {
    return e.funder() + " / " + e.section().label(FR) + e.dgc().map(d -> " / " + d).orElse("");
  }

  static void tracking(PrintStream out, MatriceDeSuivi matrix, MatriceDeSuivi extrapolated, Year year) {
    out.println();
    out.print(Formats.title("Matrice de suivi budgétaire à fin septembre " + year
        + " (prévision : réalisé + budget restant)"));
    TextTable.Builder t = TextTable.builder().left("ESMS").left("Groupe").right("Budget annuel").right("Budget à date")
        .right("Réalisé à date").right("Écart").right("Écart %").right("Prévision").right("Écart prévu");
    for (TrackingRow r : matrix.rows()) {
      trackingRow(t, r.esms().map(f -> name(f).split(" ")[0]).orElseThrow(), r);
    }
    for (TrackingRow r : matrix.consolidated()) {
      trackingRow(t, "CPOM", r);
    }
    out.print(t.build().render());
    out.println();
    out.println("IME, charges du groupe II personnel, mois par mois :");
    TrackingRow imeStaff = matrix.row(Association.IME.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL).orElseThrow();
    TextTable.Builder months = TextTable.builder().left("Mois").right("Budget").right("Réalisé").right("Écart")
        .right("Écart %");
    for (MonthCell c : imeStaff.months()) {
      months.row(org.cpom.trace.TraceLabels.format(c.month(), FR), amount(c.budget()),
          c.actual().map(Formats::amount).orElse("-"), c.gap().map(Formats::amount).orElse("-"),
          c.actual().isPresent() ? percent(c.gapPercent()) : "-");
    }
    out.print(months.build().render());
    TrackingRow staff = extrapolated.row(Association.IME.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL).orElseThrow();
    out.println("IME, personnel extrapolé (réalisé x 12 / 9) : " + amount(staff.forecast()) + ", écart "
        + amount(staff.forecastGap()) + " (" + percent(staff.forecastGapPercent()) + ")");
  }

  static void trackingRow(TextTable.Builder t, String esms, TrackingRow r) {
    t.row(esms, group(r.group()), amount(r.annualBudget()), amount(r.budgetToDate()), amount(r.actualToDate()),
        amount(r.gapToDate()), percent(r.gapToDatePercent()), amount(r.forecast()), amount(r.forecastGap()));
  }

  static void prixDeJournee(PrintStream out, PrixDeJournee pj) {
    out.println();
    out.print(Formats.title("Prix de journée de l'IME tel que financé (CASF R314-113)"));
    out.println("Charges et autres produits : les lignes de l'IME au budget du CPOM ci-dessus ; un excédent antérieur");
    out.println("est déduit ; journées : moyenne des journées réalisées des trois années précédentes.");
    TextTable.Builder t = TextTable.builder().left("Étape").right("Montant").left("Fondement");
    pj.trace().steps().forEach(s -> t.row(s.label(FR), amount(s.amount()), s.basis().label(FR)));
    out.print(t.build().render());
  }

  // ------------------------------------------------------------------------------------------------ renewal and control

  /**
   * The renewal on 1 January 2030: the reserves weighed (R314-43-3), the amount judged unjustified (R314-43-4), the
   * planned reduction of the MAS's tariffs and its 2030 share of the DGC carrying the first reduction.
   */
  static void renewal(PrintStream out, Cpom renewed, ReservesAuRenouvellement reserves,
      ModulationAuRenouvellement modulation, DgcDotation dotation2030) {
    out.println();
    out.print(Formats.title("Renouvellement du CPOM au " + date(renewed.startDate()) + " : " + renewed.id() + " ("
        + renewed.name() + ")"));
    out.println("-- Reports à nouveau et réserves au terme du contrat " + reserves.referenceStart() + "-"
        + reserves.referenceEnd() + " (CASF R314-43-3)");
    trace(out, reserves.trace());
    out.println(row("= reports à nouveau et réserves créditeurs", reserves.total(), "CASF R314-43-3"));
    out.println("-- Modulation des tarifs du nouveau contrat : " + name(modulation.esms()) + " (CASF R314-43-3, R314-43-4)");
    trace(out, modulation.trace());
    out.println(row("= réductions prévues (au plus " + amount(modulation.plafond()) + ")", modulation.total(),
        "CASF R314-43-3"));
    EsmsDotation mas = dotation2030.esms(modulation.esms());
    out.println("-- " + dotation2030.year() + " : " + name(mas.esms()) + " dans la DGC " + dotation2030.dgc().name()
        + " (" + dotation2030.dgc().contractReference() + ", CASF R314-43-1)");
    trace(out, mas.trace());
    out.println(row("= montant " + dotation2030.year(), mas.amount(), ""));
  }

  /** A DM the authority asked for and what follows it (R314-230). */
  static void demandeDeDm(PrintStream out, SuiteDeLaDemandeDm suite) {
    out.println();
    out.println("-- DM demandée par l'ARS le " + date(suite.demande().dateDeLaDemande()) + " : "
        + name(suite.demande().esms()) + " (CASF R314-230)");
    trace(out, suite.trace());
    suite.report().ifPresent(a -> out.println(row("= ajustement de la dotation " + suite.exerciceDuReport().orElseThrow()
        + " : " + a.label(), a.amount(), a.basis().label(FR))));
  }

  /** Expenses rejected under the EPRD (R314-236), with the deadline. */
  static void rejet(PrintStream out, RejetDeDepenses r) {
    out.println();
    out.println("-- Dépenses rejetées : " + name(r.esms()) + ", exercice " + r.exercice() + " (CASF R314-236)");
    out.println("  ERRD " + r.exercice() + " reçu le " + date(r.errdRecuLe()) + ", rejet valable jusqu'au "
        + date(r.dateLimite()) + " ; constaté en " + r.constateeEn() + ", décidé le " + date(r.dateDeDecision())
        + " pour le tarif " + r.exerciceDuTarif());
    Adjustment a = r.adjustment();
    out.println(row("= ajustement de la dotation " + r.exerciceDuTarif() + " : " + a.label(), a.amount(),
        a.basis().label(FR)));
  }

  /** A groupe fonctionnel, short, for the budget tables. */
  static String group(GroupeFonctionnel g) {
    switch (g) {
      case CHARGES_I_EXPLOITATION_COURANTE:
        return "Charges I exploitation";
      case CHARGES_II_PERSONNEL:
        return "Charges II personnel";
      case CHARGES_III_STRUCTURE:
        return "Charges III structure";
      case PRODUITS_I_TARIFICATION:
        return "Produits I tarification";
      case PRODUITS_II_AUTRES_PRODUITS:
        return "Produits II autres";
      default:
        return "Produits III financiers";
    }
  }
}
