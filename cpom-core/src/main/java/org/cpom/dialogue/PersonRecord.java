package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.Optional;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.EsmsCategory;
import org.immutables.value.Value;

/**
 * One accompaniment (séjour) of a person in an ESMS, as an ERP records it ({@link Convention#PEOPLE_RECORDS}): an
 * id, the birth date, the entry date and the exit date if the person left, the mode of accompaniment (one of the
 * capacity modes: internat, semi-internat, externat, hébergement permanent or temporaire, accueil de jour, places
 * de service), the CDAPH orientation, the département of the domicile de secours, the days of presence in the year
 * observed and whether the placement is prolonged under CASF L242-4 (amendement Creton).
 *
 * <p>The stay runs from the entry to the exit, both days included. {@code build()} rejects, naming the record's id
 * and the field: an exit before the entry, a birth date after the entry, days of presence below zero or above 366,
 * a date outside the years 1583 to 9999, a blank id. The checks that need the year and the ESMS (days of presence
 * within the stay, the mode's capacity, ids unique) are made on the whole set by {@link DialogueEngine}.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
@Value.Immutable
public abstract class PersonRecord {
  static final LegalBasis RULE = LegalBasis.convention(Convention.PEOPLE_RECORDS);

  PersonRecord() {}

  /**
   * A builder; every field but the exit date, the orientation, the days of presence and the L242-4 flag is
   * required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonRecord}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutablePersonRecord.Builder {
    Builder() {}
  }

  /**
   * The record's id in the ERP (numéro de dossier), unique in a set of records.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The birth date.
   *
   * @return the date
   */
  public abstract LocalDate birthDate();

  /**
   * The entry date (date d'admission).
   *
   * @return the date
   */
  public abstract LocalDate entryDate();

  /**
   * The exit date (date de sortie), the last day of the stay.
   *
   * @return the date, empty while the stay goes on
   */
  public abstract Optional<LocalDate> exitDate();

  /**
   * The mode of accompaniment (mode d'accueil).
   *
   * @return the mode
   */
  public abstract CapacityMode mode();

  /**
   * The category of ESMS the CDAPH decision orients the person to (CASF L146-9): for a young adult kept under
   * L242-4, the adult establishment awaited.
   *
   * @return the category, if recorded
   */
  public abstract Optional<EsmsCategory> orientation();

  /**
   * The département of the domicile de secours, which decides who pays the aide sociale.
   *
   * @return the département
   */
  public abstract DepartementCode domicileDeSecours();

  /**
   * The days of presence (journées réalisées) in the year observed.
   *
   * @return zero to 366
   */
  @Value.Default
  public long daysOfPresence() {
    return 0;
  }

  /**
   * Whether the placement is prolonged by a CDAPH decision under CASF L242-4 while an adult place is awaited
   * (amendement Creton).
   *
   * @return true when prolonged
   */
  @Value.Default
  public boolean placementProlonged() {
    return false;
  }

  /**
   * Whether the person is in the effectif on 31 December of a year: entered on or before it, and no exit on or
   * before it (an exit on 31 December is a definitive exit of the year).
   */
  boolean inEffectifAtEndOf(int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return !entryDate().isAfter(end) && exitDate().map(e -> e.isAfter(end)).orElse(true);
  }

  /** Whether the stay ends by a definitive exit dated in a year. */
  boolean exitsIn(int year) {
    return exitDate().map(e -> e.getYear() == year).orElse(false);
  }

  /** The days of the stay inside a year, both ends included: zero when the stay is outside it. */
  long daysOfStayIn(int year) {
    LocalDate from = entryDate().isAfter(LocalDate.of(year, 1, 1)) ? entryDate() : LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    LocalDate to = exitDate().filter(e -> e.isBefore(end)).orElse(end);
    return to.isBefore(from) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The age in whole years on a day. */
  int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate(), day).getYears();
  }

  @Value.Check
  void check() {
    String id = Checks.notBlank(id(), "personRecord.id");
    String who = " (record " + EngineBounds.shown(id) + ")";
    EngineBounds.date(birthDate(), "personRecord.birthDate");
    EngineBounds.date(entryDate(), "personRecord.entryDate");
    exitDate().ifPresent(e -> EngineBounds.date(e, "personRecord.exitDate"));
    Checks.check(!birthDate().isAfter(entryDate()), "personRecord.birthDate", birthDate(), RULE,
        "the birth date is after the entry date " + entryDate() + who);
    exitDate().ifPresent(e -> Checks.check(!e.isBefore(entryDate()), "personRecord.exitDate", e, RULE,
        "the exit is before the entry date " + entryDate() + who));
    Checks.check(daysOfPresence() >= 0 && daysOfPresence() <= 366, "personRecord.daysOfPresence", daysOfPresence(),
        RULE, "days of presence in a year are 0 to 366" + who);
  }
}
