package org.cpom.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The grille d'état d'avancement: fiches-actions by contract year, with the status reported each year and
 * the achievement of each indicator against the year's target. It is derived, by a pure
 * function, from the contract and the yearly {@link FollowUp}s; nothing in it is entered by hand.
 *
 * <p><b>Which version of the contract a year reads.</b> The years are those of the contract with every
 * avenant folded in (an extension adds a year). A fiche-action has a cell in a year when it is in force on at
 * least one day of that year; the cell reads the last version of the fiche-action in force during the year,
 * so an avenant changes the targets from its own year on and never those of earlier years. A year with no
 * follow-up for a fiche-action has a cell with no status.
 *
 * <p><b>Follow-ups are checked first.</b> A follow-up is rejected, with a {@link CpomValidationException}
 * naming the field and this rule, when its year is not a contract year, its fiche-action is not in force
 * that year, there are two for the same fiche-action and year, it reports an indicator or a step the
 * fiche-action does not have, a step is completed after the end of the year reported on, or two follow-ups
 * give a step different completion dates.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrilleAvancement {
  static final LegalBasis RULE = LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("grille d'état d'avancement");

  GrilleAvancement() {}

  /**
   * The contract years, columns of the grille.
   *
   * @return the years
   */
  @Value.Parameter
  public abstract List<ContractYear> years();

  /**
   * One row per fiche-action that is in force in at least one year, in order of first appearance.
   *
   * @return the rows
   */
  @Value.Parameter
  public abstract List<GrilleRow> rows();

  /**
   * The row of a fiche-action.
   *
   * @param ficheAction the identifier
   * @return the row, or empty
   */
  public Optional<GrilleRow> row(String ficheAction) {
    Objects.requireNonNull(ficheAction, "ficheAction");
    return rows().stream().filter(r -> r.ficheAction().equals(ficheAction)).findFirst();
  }

  /**
   * The cell of a fiche-action in a contract year.
   *
   * @param ficheAction the identifier
   * @param year the year's number
   * @return the cell, or empty if the fiche-action is not in force that year
   */
  public Optional<GrilleCell> cell(String ficheAction, int year) {
    return row(ficheAction).flatMap(r -> r.cell(year));
  }

  /**
   * The grille of a contract and its follow-ups: a value obtained from other objects, hence {@code from}, as
   * in java.time; nothing in it is entered by hand.
   *
   * @param cpom the contract, with its avenants
   * @param followUps the yearly follow-ups, in any order
   * @return the grille
   * @throws CpomValidationException if a follow-up does not fit the contract (see the class comment)
   */
  public static GrilleAvancement from(Cpom cpom, Collection<FollowUp> followUps) {
    Book book = new Book(cpom, followUps);
    Map<String, List<GrilleCell>> cells = new LinkedHashMap<>();
    for (ContractYear y : book.years) {
      for (FicheAction f : book.inForce.get(y.number() - 1).values()) {
        Optional<FollowUp> fu = Optional.ofNullable(book.byFicheAndYear.get(key(f.id(), y.number())));
        List<IndicatorAchievement> indicators = new ArrayList<>();
        for (Indicator i : f.indicators()) {
          indicators.add(IndicatorAchievement.create(i, y.number(),
              fu.map(u -> u.observed().get(i.id()))));
        }
        cells.computeIfAbsent(f.id(), id -> new ArrayList<>()).add(GrilleCell.create(y, f, fu, indicators));
      }
    }
    List<GrilleRow> rows = new ArrayList<>();
    cells.forEach((id, list) -> rows.add(GrilleRow.create(id, list)));
    return ImmutableGrilleAvancement.of(book.years, rows);
  }

  /**
   * The steps late on a date: due strictly before it and not completed on or before it, among the
   * fiches-actions in force on that date ({@link Cpom#asOf(LocalDate)}). A fiche-action whose latest status
   * reported, for a year started on or before the date, is {@link ActionStatus#DONE} or
   * {@link ActionStatus#ABANDONED} has no late step. The date is a parameter: cpom reads no clock.
   *
   * @param cpom the contract, with its avenants
   * @param followUps the yearly follow-ups, checked as for {@link #from}
   * @param asOf the date lateness is assessed on
   * @return the late steps, by due date, then fiche-action, then label
   */
  public static List<LateStep> lateSteps(Cpom cpom, Collection<FollowUp> followUps, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Book book = new Book(cpom, followUps);
    List<LateStep> late = new ArrayList<>();
    for (FicheAction f : cpom.asOf(asOf).fichesActions()) {
      Optional<ActionStatus> latest = book.years.stream()
          .filter(y -> !y.startDate().isAfter(asOf))
          .map(y -> book.byFicheAndYear.get(key(f.id(), y.number())))
          .filter(Objects::nonNull)
          .reduce((a, b) -> b)
          .map(FollowUp::status);
      if (latest.filter(s -> s == ActionStatus.DONE || s == ActionStatus.ABANDONED).isPresent()) {
        continue;
      }
      Map<String, LocalDate> done = book.completed.getOrDefault(f.id(), Map.of());
      for (Step s : f.steps()) {
        LocalDate completed = done.get(s.label());
        boolean completedInTime = completed != null && !completed.isAfter(asOf);
        if (s.dueDate().isBefore(asOf) && !completedInTime) {
          late.add(LateStep.create(f.id(), s, asOf));
        }
      }
    }
    late.sort(Comparator.comparing((LateStep l) -> l.step().dueDate())
        .thenComparing(LateStep::ficheAction)
        .thenComparing(l -> l.step().label()));
    return Collections.unmodifiableList(late);
  }

  private static String key(String ficheAction, int year) {
    return year + "\u0000" + ficheAction;
  }

  /** The follow-ups indexed and checked against the contract. */
  private static final class Book {
    final List<ContractYear> years;
    final List<Map<String, FicheAction>> inForce = new ArrayList<>();
    final Map<String, FollowUp> byFicheAndYear = new HashMap<>();
    final Map<String, Map<String, LocalDate>> completed = new HashMap<>();

    Book(Cpom cpom, Collection<FollowUp> followUps) {
      Objects.requireNonNull(cpom, "cpom");
      Checks.noNulls(followUps, "followUps");
      years = cpom.asAmended().contractYears();
      for (ContractYear y : years) {
        inForce.add(cpom.fichesActionsDuring(y));
      }
      for (FollowUp u : followUps) {
        String at = "followUp[" + u.ficheAction() + ", year " + u.year() + "]";
        Checks.check(u.year() <= years.size(), "followUp.year", u.year(), RULE,
            "the contract has years 1 to " + years.size());
        ContractYear y = years.get(u.year() - 1);
        FicheAction f = inForce.get(u.year() - 1).get(u.ficheAction());
        Checks.check(f != null, "followUp.ficheAction", u.ficheAction(), RULE,
            "no such fiche-action in force in contract " + y);
        Checks.check(byFicheAndYear.put(key(u.ficheAction(), u.year()), u) == null, "followUp", at, RULE,
            "two follow-ups for the same fiche-action and year");
        for (Map.Entry<String, BigDecimal> o : u.observed().entrySet()) {
          Checks.check(f.indicator(o.getKey()).isPresent(), at + ".observed", o.getKey(), RULE,
              "the fiche-action has no indicator with that identifier");
        }
        Map<String, LocalDate> steps = completed.computeIfAbsent(u.ficheAction(), id -> new HashMap<>());
        for (Map.Entry<String, LocalDate> s : u.stepsCompleted().entrySet()) {
          Checks.check(f.step(s.getKey()).isPresent(), at + ".stepsCompleted", s.getKey(), RULE,
              "the fiche-action has no step with that label");
          Checks.check(!s.getValue().isAfter(y.endDate()), at + ".stepsCompleted", s.getKey() + " on " + s.getValue(),
              RULE, "a follow-up of " + y + " cannot report a completion after its end");
          LocalDate before = steps.put(s.getKey(), s.getValue());
          Checks.check(before == null || before.equals(s.getValue()), at + ".stepsCompleted",
              s.getKey() + " on " + s.getValue(), RULE, "another follow-up says it was completed on " + before);
        }
      }
    }
  }
}
