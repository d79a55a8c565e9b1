package org.cpom.dialogue;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cpom.referential.FinessNumber;

/**
 * The part des « Creton » of one ESMS for a year ({@link org.cpom.Convention#CRETON_SHARE}): the young adults
 * kept under CASF L242-4 over the people accompanied, as the {@link #definition()} it names counts them. Example:
 * 7 people of 20 or older kept under L242-4 among 60 in the effectif on 31 December give 11.67 %.
 *
 * <p>Built by {@link DialogueEngine#cretonShare}. This class is immutable and thread-safe; it compares by value.
 */
public final class CretonShare {
  private final FinessNumber esms;
  private final Year year;
  private final CretonDefinition definition;
  private final IndicatorRate rate;
  private final List<String> counted;

  CretonShare(FinessNumber esms, Year year, CretonDefinition definition, IndicatorRate rate, List<String> counted) {
    this.esms = esms;
    this.year = year;
    this.definition = definition;
    this.rate = rate;
    this.counted = List.copyOf(counted);
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
   * The definition used.
   *
   * @return the definition
   */
  public CretonDefinition definition() {
    return definition;
  }

  /**
   * The definition used, in words, as a report names it.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the definition
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  public String definitionText(Locale locale) {
    return definition.text(locale);
  }

  /**
   * The share: the Creton people (or their days) over the people (or days) counted.
   *
   * @return the rate, undefined when nobody is counted
   */
  public IndicatorRate rate() {
    return rate;
  }

  /**
   * The ids of the records counted in the numerator, in the order given: what the figure can be checked against.
   *
   * @return an unmodifiable list
   */
  public List<String> counted() {
    return counted;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CretonShare)) {
      return false;
    }
    CretonShare o = (CretonShare) obj;
    return esms.equals(o.esms) && year.equals(o.year) && definition.equals(o.definition) && rate.equals(o.rate)
        && counted.equals(o.counted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(esms, year, definition, rate, counted);
  }

  @Override
  public String toString() {
    return "CretonShare{" + esms + " " + year + ": " + rate + "; " + definition.text(Locale.ENGLISH) + "}";
  }
}
