package org.cpom.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.cpom.money.Amount;
import org.cpom.referential.Esms;
import org.cpom.referential.Funding;

/** The sections of the summary about the contract itself: header, perimeter, clauses, milestones, actions. */
public final class ContractSections {
  private ContractSections() {}

  /**
   * The printers of this class, in order.
   *
   * @return the printers
   */
  public static List<SectionPrinter> all() {
    return List.of(
        ContractSections::contract,
        ContractSections::perimeter,
        ContractSections::financialClause,
        ContractSections::milestones,
        ContractSections::fichesActions,
        ContractSections::grille,
        ContractSections::lateSteps);
  }

  /**
   * The contract's identity, parties, period and avenants.
   *
   * @param s the scenario
   * @return the text
   */
  public static String contract(Scenario s) {
    Cpom c = s.cpom();
    TextTable.Builder t = TextTable.builder().left("Item").left("Value")
        .row("Legal basis", c.basis().legalBasis())
        .row("Budget framework", c.budgetFramework())
        .row("Gestionnaire", c.gestionnaire().name() + " (FINESS " + c.gestionnaire().finess() + ")")
        .row("Signatories", c.authorities().stream().map(Object::toString).collect(Collectors.joining(", ")))
        .row("Period", c.startDate() + " to " + c.endDate() + " (" + c.durationYears() + " years"
            + c.extension().map(p -> ", extended by " + p).orElse("") + ")");
    for (Avenant a : c.avenantsInOrder()) {
      t.row("Avenant n°" + a.number(), "from " + a.effectiveDate() + ": " + a.subject());
    }
    return SectionPrinter.title("CPOM " + c.id() + ": " + c.name()) + t.build().render();
  }

  /**
   * The ESMS covered, with places and funders.
   *
   * @param s the scenario
   * @return the text
   */
  public static String perimeter(Scenario s) {
    TextTable.Builder t = TextTable.builder().left("FINESS").left("ESMS").left("Category").right("Places")
        .left("Funder").left("Tariff authority");
    int places = 0;
    for (Esms e : s.cpom().asOf(s.reportDate()).perimeter()) {
      t.row(e.finess(), e.name(), e.category().label(java.util.Locale.FRENCH), e.fundedPlaces(),
          e.fundings().stream().map(f -> f.funder().toString()).distinct().collect(Collectors.joining(", ")),
          e.fundings().stream().map(Funding::authority).map(Object::toString).distinct().collect(Collectors.joining(", ")));
      places += e.fundedPlaces();
    }
    t.row("", "Total", "", places, "", "");
    return SectionPrinter.title("Perimeter on " + s.reportDate()) + t.build().render();
  }

  /**
   * The R314-40 mode of each group or section.
   *
   * @param s the scenario
   * @return the text
   */
  public static String financialClause(Scenario s) {
    Cpom c = s.cpom().asOf(s.reportDate());
    TextTable.Builder t = TextTable.builder().left("ESMS").left("Group or section").left("Mode").left("Terms");
    for (TariffModeClause l : c.financialClause()) {
      String esms = l.esms().flatMap(c::esms).map(Esms::name).orElse("every ESMS");
      t.row(esms, l.target(), l.mode().label(java.util.Locale.FRENCH), l.terms().orElse(""));
    }
    return SectionPrinter.title("Financial clause (CASF R314-40)") + t.build().render();
  }

  /**
   * The contract's milestones, as amended.
   *
   * @param s the scenario
   * @return the text
   */
  public static String milestones(Scenario s) {
    TextTable.Builder t = TextTable.builder().left("Date").left("Milestone").left("Legal basis");
    for (Milestone m : s.cpom().asAmended().milestones()) {
      t.row(m.date(), m.kind().description(), m.basis());
    }
    return SectionPrinter.title("Milestones") + t.build().render();
  }

  /**
   * The fiches-actions as amended, with their cost and funding, and the means by funding way.
   *
   * @param s the scenario
   * @return the text
   */
  public static String fichesActions(Scenario s) {
    Cpom c = s.cpom();
    Cpom amended = c.asAmended();
    TextTable.Builder t = TextTable.builder().left("Fiche").left("Objective").left("Title").left("ESMS").left("Pilot")
        .left("In force from").right("Cost (EUR)").left("Funding");
    Map<FundingWay, Amount> byWay = new EnumMap<>(FundingWay.class);
    for (FicheAction f : amended.fichesActions()) {
      Set<String> ways = new LinkedHashSet<>();
      for (Means m : f.means()) {
        ways.add(m.fundingWay().label(java.util.Locale.FRENCH));
        byWay.merge(m.fundingWay(), m.cost(), Amount::plus);
      }
      t.row(f.id(), f.objective(), f.title(),
          f.esms().stream().map(e -> amended.esms(e).orElseThrow().category().label(java.util.Locale.FRENCH)).collect(Collectors.joining(", ")),
          f.pilot(), inForceFrom(c, f.id()), Formats.amount(f.totalCost()), String.join(" + ", ways));
    }
    TextTable.Builder ways = TextTable.builder().left("Funding way").right("Cost (EUR)");
    byWay.forEach((w, a) -> ways.row(w.label(java.util.Locale.FRENCH), Formats.amount(a)));
    ways.row("Total", Formats.amount(Amount.total(new ArrayList<>(byWay.values()))));
    TextTable.Builder objectives = TextTable.builder().left("Objective").left("Title").left("Diagnostic partagé");
    amended.objectives().forEach(o -> objectives.row(o.id(), o.title(), o.diagnosticFinding().orElse("")));
    return SectionPrinter.title("Objectives and fiches-actions") + objectives.build().render() + "\n"
        + t.build().render() + "\n" + ways.build().render();
  }

  /** The first day a fiche-action is in force: the start, or the date of the avenant that added it. */
  private static LocalDate inForceFrom(Cpom c, String id) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(c.startDate());
    c.avenantsInOrder().forEach(a -> dates.add(a.effectiveDate()));
    return dates.stream().filter(d -> c.asOf(d).ficheAction(id).isPresent()).findFirst().orElseThrow();
  }

  /**
   * The grille d'état d'avancement: status by fiche-action and year, then indicator achievement.
   *
   * @param s the scenario
   * @return the text
   */
  public static String grille(Scenario s) {
    GrilleAvancement g = GrilleAvancement.derive(s.cpom(), s.followUps());
    TextTable.Builder status = TextTable.builder().left("Fiche").left("Title");
    g.years().forEach(y -> status.left(label(y)));
    for (GrilleRow r : g.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(r.ficheAction());
      cells.add(r.latest().title());
      for (ContractYear y : g.years()) {
        cells.add(r.cell(y.number()).map(c -> c.status().map(st -> st.label(java.util.Locale.FRENCH)).orElse("-")).orElse(""));
      }
      status.row(cells);
    }
    TextTable.Builder indicators = TextTable.builder().left("Fiche").left("Year").left("Indicator").left("Unit")
        .right("Baseline").right("Target").right("Observed").right("Achievement").left("Met");
    for (GrilleRow r : g.rows()) {
      for (GrilleCell c : r.cells()) {
        for (IndicatorAchievement i : c.indicators()) {
          if (c.followUp().isPresent() && i.observed().isPresent()) {
            indicators.row(r.ficheAction(), label(c.year()), i.indicator().label(), i.indicator().unit(),
                Formats.decimal(i.baseline()), i.target().map(Formats::decimal).orElse("-"),
                Formats.decimal(i.observed().get()), i.achievement().map(Formats::percent).orElse("-"),
                i.target().isPresent() ? (i.isTargetMet() ? "yes" : "no") : "");
          }
        }
      }
    }
    return SectionPrinter.title("Grille d'état d'avancement")
        + "Status reported by year (- : no follow-up; blank: not in force)\n\n"
        + status.build().render() + "\n"
        + "Indicators (achievement = (observed - baseline) / (target - baseline))\n\n"
        + indicators.build().render();
  }

  /**
   * The steps late on the report date.
   *
   * @param s the scenario
   * @return the text
   */
  public static String lateSteps(Scenario s) {
    TextTable.Builder t = TextTable.builder().left("Fiche").left("Step").left("Due").right("Days late");
    for (LateStep l : GrilleAvancement.lateSteps(s.cpom(), s.followUps(), s.reportDate())) {
      t.row(l.ficheAction(), l.step().label(), l.step().dueDate(), l.daysLate());
    }
    return SectionPrinter.title("Late steps on " + s.reportDate()) + t.build().render();
  }

  /** A contract year's column label: its calendar year when it is one, else "Y" and its number. */
  static String label(ContractYear y) {
    return y.isCalendarYear() ? String.valueOf(y.startDate().getYear()) : "Y" + y.number();
  }
}
