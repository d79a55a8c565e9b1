package org.cpom.dialogue;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.referential.FinessNumber;

/**
 * The quality indicators of one ESMS for a year (indicateurs de qualité, {@link org.cpom.Convention#QUALITY_RECORDS}):
 * the complaints received in the year, those closed by 31 December and the count by motive; the adverse events that
 * happened in the year, the serious ones and the count by kind; each also per 1,000 days of presence
 * ({@link org.cpom.Convention#QUALITY_PER_THOUSAND_DAYS}); and the latest HAS evaluation reported on or before
 * 31 December, with its rate of criteria satisfied. The counts are given under their keys of the catalogue
 * ({@link #counts()}).
 *
 * <p>Built by {@link DialogueEngine#indicateursQualite}. This class is immutable and thread-safe; it compares by
 * value.
 */
public final class IndicateursQualite {
  private final FinessNumber esms;
  private final Year year;
  private final Map<MotifReclamation, Long> complaintsByMotive;
  private final long complaintsClosed;
  private final Map<GraviteEvenement, Long> eventsByKind;
  private final long daysOfPresence;
  private final EvaluationHas evaluation;

  private IndicateursQualite(FinessNumber esms, Year year, Map<MotifReclamation, Long> complaintsByMotive,
      long complaintsClosed, Map<GraviteEvenement, Long> eventsByKind, long daysOfPresence, EvaluationHas evaluation) {
    this.esms = esms;
    this.year = year;
    this.complaintsByMotive = Collections.unmodifiableMap(new EnumMap<>(complaintsByMotive));
    this.complaintsClosed = complaintsClosed;
    this.eventsByKind = Collections.unmodifiableMap(new EnumMap<>(eventsByKind));
    this.daysOfPresence = daysOfPresence;
    this.evaluation = evaluation;
  }

  /** The indicators of one ESMS, the lists checked whole first. */
  static IndicateursQualite of(FinessNumber esms, Year year, List<Reclamation> complaints,
      List<EvenementIndesirable> events, List<EvaluationHas> evaluations, long daysOfPresence) {
    Objects.requireNonNull(esms, "esms");
    Objects.requireNonNull(year, "year");
    EngineBounds.year(year, "year");
    QualityRecords.uniqueIds(complaints, "reclamations", Reclamation::id);
    QualityRecords.uniqueIds(events, "evenements", EvenementIndesirable::id);
    QualityRecords.uniqueIds(evaluations, "evaluations", EvaluationHas::id);
    Checks.check(daysOfPresence >= 0 && daysOfPresence <= EngineBounds.MAX_DAYS, "daysOfPresence", daysOfPresence,
        QualityRecords.PER_THOUSAND, "days of presence are zero to " + EngineBounds.MAX_DAYS);
    int y = year.getValue();
    LocalDate end = year.atMonth(12).atEndOfMonth();
    Map<MotifReclamation, Long> byMotive = new EnumMap<>(MotifReclamation.class);
    for (MotifReclamation m : MotifReclamation.values()) {
      byMotive.put(m, 0L);
    }
    long closed = 0;
    for (Reclamation r : complaints) {
      if (r.esms().equals(esms) && r.received().getYear() == y) {
        byMotive.merge(r.motive(), 1L, Long::sum);
        closed += r.closedBy(end) ? 1 : 0;
      }
    }
    Map<GraviteEvenement, Long> byKind = new EnumMap<>(GraviteEvenement.class);
    for (GraviteEvenement g : GraviteEvenement.values()) {
      byKind.put(g, 0L);
    }
    for (EvenementIndesirable e : events) {
      if (e.esms().equals(esms) && e.occurred().getYear() == y) {
        byKind.merge(e.kind(), 1L, Long::sum);
      }
    }
    EvaluationHas latest = null;
    for (EvaluationHas e : evaluations) {
      // the latest report of the year or before; on one date, the first given
      if (e.esms().equals(esms) && !e.reportDate().isAfter(end)
          && (latest == null || e.reportDate().isAfter(latest.reportDate()))) {
        latest = e;
      }
    }
    return new IndicateursQualite(esms, year, byMotive, closed, byKind, daysOfPresence, latest);
  }

  /** @return the FINESS number of the ESMS */
  public FinessNumber esms() {
    return esms;
  }

  /** @return the year */
  public Year year() {
    return year;
  }

  /** @return the complaints received in the year ({@link IndicatorKeys#COMPLAINTS}) */
  public long complaints() {
    return complaintsByMotive.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return the complaints of the year closed by 31 December ({@link IndicatorKeys#COMPLAINTS_CLOSED}) */
  public long complaintsClosed() {
    return complaintsClosed;
  }

  /** @return the complaints of the year still handled on 31 December */
  public long complaintsInProgress() {
    return complaints() - complaintsClosed;
  }

  /** @return the complaints of the year by motive, every motive present, summing to {@link #complaints()} */
  public Map<MotifReclamation, Long> complaintsByMotive() {
    return complaintsByMotive;
  }

  /** @return the complaints per 1,000 days of presence ({@link IndicatorKeys#COMPLAINTS_PER_THOUSAND_DAYS}) */
  public TauxPourMille complaintsPerThousandDays() {
    return new TauxPourMille(complaints(), daysOfPresence);
  }

  /** @return the adverse events of the year, every kind ({@link IndicatorKeys#ADVERSE_EVENTS}) */
  public long adverseEvents() {
    return eventsByKind.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return the serious adverse events of the year ({@link IndicatorKeys#SERIOUS_ADVERSE_EVENTS}) */
  public long seriousAdverseEvents() {
    return eventsByKind.entrySet().stream().filter(e -> e.getKey().grave()).mapToLong(Map.Entry::getValue).sum();
  }

  /** @return the adverse events of the year by kind, every kind present, summing to {@link #adverseEvents()} */
  public Map<GraviteEvenement, Long> adverseEventsByKind() {
    return eventsByKind;
  }

  /** @return the adverse events per 1,000 days of presence ({@link IndicatorKeys#ADVERSE_EVENTS_PER_THOUSAND_DAYS}) */
  public TauxPourMille adverseEventsPerThousandDays() {
    return new TauxPourMille(adverseEvents(), daysOfPresence);
  }

  /** @return the days of presence the rates count against */
  public long daysOfPresence() {
    return daysOfPresence;
  }

  /** @return the latest HAS evaluation reported on or before 31 December, if any */
  public Optional<EvaluationHas> evaluation() {
    return Optional.ofNullable(evaluation);
  }

  /**
   * The criteria satisfied over the criteria assessed of {@link #evaluation()}
   * ({@link IndicatorKeys#HAS_CRITERIA_SATISFIED}).
   *
   * @return the rate, empty without an evaluation
   */
  public Optional<IndicatorRate> criteriaSatisfied() {
    return evaluation().map(e -> new IndicatorRate(e.satisfied(), e.assessed()));
  }

  /**
   * The counts under their catalogue keys: {@link IndicatorKeys#COMPLAINTS}, {@link IndicatorKeys#COMPLAINTS_CLOSED},
   * {@link IndicatorKeys#ADVERSE_EVENTS}, {@link IndicatorKeys#SERIOUS_ADVERSE_EVENTS} and, with an evaluation,
   * {@link IndicatorKeys#HAS_IMPERATIVE_NOT_SATISFIED}.
   *
   * @return an unmodifiable map, in that order
   */
  public Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put(IndicatorKeys.COMPLAINTS, complaints());
    m.put(IndicatorKeys.COMPLAINTS_CLOSED, complaintsClosed);
    m.put(IndicatorKeys.ADVERSE_EVENTS, adverseEvents());
    m.put(IndicatorKeys.SERIOUS_ADVERSE_EVENTS, seriousAdverseEvents());
    evaluation().ifPresent(e -> m.put(IndicatorKeys.HAS_IMPERATIVE_NOT_SATISFIED, (long) e.imperativeNotSatisfied()));
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicateursQualite o && esms.equals(o.esms) && year.equals(o.year)
        && complaintsByMotive.equals(o.complaintsByMotive) && complaintsClosed == o.complaintsClosed
        && eventsByKind.equals(o.eventsByKind) && daysOfPresence == o.daysOfPresence
        && Objects.equals(evaluation, o.evaluation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(esms, year, complaintsByMotive, complaintsClosed, eventsByKind, daysOfPresence, evaluation);
  }

  @Override
  public String toString() {
    return "IndicateursQualite[" + esms + " " + year + ", " + counts() + ", " + daysOfPresence + " days]";
  }
}
