package org.cpom.dialogue;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.activity.ActivityRecord;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.FinessNumber;

/**
 * The activity of one ESMS over a year from the records of the people it accompanied
 * ({@link org.cpom.Convention#PEOPLE_RECORDS}): the days, occupancy and realisation of each capacity mode and of
 * every mode, the effectif on 31 December, the definitive exits and the file active.
 *
 * <p>The days of the modes sum exactly to the days of the line of every mode, and so do the theoretical days.
 * {@link #activityRecord()} gives the same counts as the {@link ActivityRecord} the modulation of
 * {@link org.cpom.activity.ActivityEngine} reads.
 *
 * <p>Built by {@link DialogueEngine#peopleActivity}. This class is immutable and thread-safe; it compares by value.
 */
public final class PeopleActivity {
  private final FinessNumber esms;
  private final Year year;
  private final List<ActivityLine> byMode;
  private final ActivityLine overall;
  private final long effectif;
  private final long definitiveExits;

  PeopleActivity(FinessNumber esms, Year year, List<ActivityLine> byMode, ActivityLine overall, long effectif,
      long definitiveExits) {
    this.esms = esms;
    this.year = year;
    this.byMode = List.copyOf(byMode);
    this.overall = overall;
    this.effectif = effectif;
    this.definitiveExits = definitiveExits;
  }

  /**
   * The ESMS.
   *
   * @return its FINESS
   */
  public FinessNumber esms() {
    return esms;
  }

  /**
   * The year observed.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * One line per capacity mode of the ESMS, in the order of {@link CapacityMode}.
   *
   * @return an unmodifiable list
   */
  public List<ActivityLine> byMode() {
    return byMode;
  }

  /**
   * The line of a mode.
   *
   * @param mode the mode
   * @return the line, empty when the ESMS has no capacity in that mode
   */
  public Optional<ActivityLine> mode(CapacityMode mode) {
    Objects.requireNonNull(mode, "mode");
    return byMode.stream().filter(l -> l.mode().get() == mode).findFirst();
  }

  /**
   * The line of every mode: days and theoretical days summed over the modes; funded days when given for every
   * mode.
   *
   * @return the line
   */
  public ActivityLine overall() {
    return overall;
  }

  /**
   * The people in the effectif on 31 December.
   *
   * @return the count
   */
  public long effectif() {
    return effectif;
  }

  /**
   * The definitive exits of the year.
   *
   * @return the count
   */
  public long definitiveExits() {
    return definitiveExits;
  }

  /**
   * File active = the effectif on 31 December + the definitive exits of the year (ANAP TdB).
   *
   * @return the count
   */
  public long fileActive() {
    return effectif + definitiveExits;
  }

  /**
   * The same activity as the modulation engine reads it: days provided, theoretical days, funded days when given
   * for every mode, and the people supported taken as the file active.
   *
   * @return the record
   */
  public ActivityRecord activityRecord() {
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.esms(esms).year(year).daysProvided(overall.daysProvided()).theoreticalDays(overall.theoreticalDays())
        .peopleSupported(fileActive());
    overall.fundedDays().ifPresent(b::fundedDays);
    return b.build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PeopleActivity)) {
      return false;
    }
    PeopleActivity o = (PeopleActivity) obj;
    return esms.equals(o.esms) && year.equals(o.year) && byMode.equals(o.byMode) && overall.equals(o.overall)
        && effectif == o.effectif && definitiveExits == o.definitiveExits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(esms, year, byMode, overall, effectif, definitiveExits);
  }

  @Override
  public String toString() {
    return "PeopleActivity{" + esms + " " + year + ", " + byMode + ", " + overall + ", effectif " + effectif
        + ", exits " + definitiveExits + "}";
  }
}
