package org.cpom.dialogue;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cpom.Convention;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.TraceLabels;

/**
 * The part des personnes d'autres départements of one ESMS for a year
 * ({@link Convention#OTHER_DEPARTEMENTS_SHARE}): the people whose domicile de secours is outside the ESMS's
 * département over the people counted. Example: 3 of the 60 people in the effectif on 31 December give 5.00 %.
 *
 * <p>Built by {@link DialogueEngine#otherDepartementsShare}. This class is immutable and thread-safe; it compares
 * by value.
 */
public final class OtherDepartementsShare {
  private final FinessNumber esms;
  private final DepartementCode departement;
  private final Year year;
  private final PeopleCount count;
  private final IndicatorRate rate;
  private final SortedMap<DepartementCode, Long> byDepartement;
  private final List<String> counted;

  OtherDepartementsShare(FinessNumber esms, DepartementCode departement, Year year, PeopleCount count,
      IndicatorRate rate, Map<DepartementCode, Long> byDepartement, List<String> counted) {
    this.esms = esms;
    this.departement = departement;
    this.year = year;
    this.count = count;
    this.rate = rate;
    this.byDepartement = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byDepartement));
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
   * The ESMS's own département, read from its FINESS number.
   *
   * @return the département
   */
  public DepartementCode departement() {
    return departement;
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
   * What the share counts.
   *
   * @return the count used
   */
  public PeopleCount count() {
    return count;
  }

  /**
   * The definition used, in words, as a report names it.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the definition
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  public String definitionText(Locale locale) {
    String id = Convention.OTHER_DEPARTEMENTS_SHARE.id();
    return TraceLabels.pick(locale,
        "domicile de secours hors du département " + departement + ", " + count.label(Locale.FRENCH) + " ; "
            + (count == PeopleCount.EFFECTIF_31_DECEMBER ? "définition par défaut " : "définition ") + id,
        "domicile de secours outside département " + departement + ", " + count.label(Locale.ENGLISH) + "; "
            + (count == PeopleCount.EFFECTIF_31_DECEMBER ? "library default " : "definition ") + id);
  }

  /**
   * The share.
   *
   * @return the rate, undefined when nobody is counted
   */
  public IndicatorRate rate() {
    return rate;
  }

  /**
   * The numerator split by département of domicile de secours (persons, or days for a count of days).
   *
   * @return an unmodifiable map in the order of the codes; the parts sum to the numerator
   */
  public SortedMap<DepartementCode, Long> byDepartement() {
    return byDepartement;
  }

  /**
   * The ids of the records counted in the numerator, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<String> counted() {
    return counted;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof OtherDepartementsShare)) {
      return false;
    }
    OtherDepartementsShare o = (OtherDepartementsShare) obj;
    return esms.equals(o.esms) && departement.equals(o.departement) && year.equals(o.year) && count == o.count
        && rate.equals(o.rate) && byDepartement.equals(o.byDepartement) && counted.equals(o.counted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(esms, departement, year, count, rate, byDepartement, counted);
  }

  @Override
  public String toString() {
    return "OtherDepartementsShare{" + esms + " " + year + ": " + rate + ", " + count + "}";
  }
}
