package org.cpom.dialogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.referential.Esms;

/**
 * One ESMS in the yearly report of the dialogue de gestion ({@link org.cpom.Convention#DIALOGUE_REPORT}): its
 * activity from the people records when given, its indicator values against their targets and earlier years, its
 * alerts, and its line in each DGC it is a member of.
 *
 * <p>Built by {@link DialogueEngine#rapport}. This class is immutable and thread-safe; it compares by value.
 */
public final class RapportEsms {
  private final Esms esms;
  private final PeopleActivity activity;
  private final List<IndicatorComparison> indicators;
  private final List<DgcShare> dotations;

  RapportEsms(Esms esms, PeopleActivity activity, List<IndicatorComparison> indicators, List<DgcShare> dotations) {
    this.esms = esms;
    this.activity = activity;
    this.indicators = List.copyOf(indicators);
    this.dotations = List.copyOf(dotations);
  }

  /** @return the ESMS as the contract's perimeter holds it */
  public Esms esms() {
    return esms;
  }

  /** @return the activity of the year, empty when none was given */
  public Optional<PeopleActivity> activity() {
    return Optional.ofNullable(activity);
  }

  /** @return the ESMS's indicator values of the year against their targets, in the order given */
  public List<IndicatorComparison> indicators() {
    return indicators;
  }

  /**
   * The comparison of one key.
   *
   * @param key the catalogue key
   * @return the comparison, empty when no value of the key was given
   */
  public Optional<IndicatorComparison> indicator(String key) {
    return IndicatorComparison.find(indicators, key);
  }

  /** @return the values that cross their threshold or miss their target ({@link IndicatorComparison#isAlert()}) */
  public List<IndicatorComparison> alerts() {
    return indicators.stream().filter(IndicatorComparison::isAlert).toList();
  }

  /** @return the ESMS's line in each DGC it is a member of, in the order of the DGCs given */
  public List<DgcShare> dotations() {
    return dotations;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RapportEsms o && esms.equals(o.esms) && Objects.equals(activity, o.activity)
        && indicators.equals(o.indicators) && dotations.equals(o.dotations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(esms, activity, indicators, dotations);
  }

  @Override
  public String toString() {
    return "RapportEsms{" + esms.finess() + ", " + indicators.size() + " indicators, " + dotations + "}";
  }
}
