package org.cpom.contract;

import org.cpom.trace.Labelled;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceLabels;
import org.immutables.value.Value;

/**
 * An activity indicator a contract uses to modulate a dotation (indicateur d'activité, CASF R314-43-2 II).
 *
 * <p>R314-43-2 II names three indicators, predefined here: {@link #OCCUPANCY_RATE} (1°), {@link
 * #PEOPLE_SUPPORTED} (2°) and {@link #SERVICES_DELIVERED} (3°). « Sauf clause contraire justifiée par la
 * spécificité des missions ou des modes de fonctionnement », the contract may use another indicator: {@link
 * #custom(String, String, Kind, String)} declares one with its justification (for example the file active of
 * a CAMSP or a CMPP, or séances).
 *
 * <p>A {@link Kind#RATE rate} is compared with its objective in points (95 % against 90 % is a gap of 5
 * points). A {@link Kind#COUNT count} is compared by its relative gap, {@code (objective - observed) /
 * objective} ({@link org.cpom.Convention#GAP_MEASURE}: the article does not say how a gap between counts is measured).
 *
 * <p>Indicators compare by value. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ModulationIndicator {
  /** How the indicator is measured, which sets how its gap to the objective is counted. */
  public enum Kind implements Labelled {
    /** A ratio, as a fraction at most 1; the gap is in points. */
    RATE,
    /** A number (people, acts, sessions); the gap is relative to the objective. */
    COUNT;

    /**
     * The label in French or English.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @return the label
     * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
     */
    @Override
    public String label(Locale locale) {
      return switch (this) {
        case RATE -> TraceLabels.pick(locale, "taux (écart en points)", "rate (gap in points)");
        case COUNT -> TraceLabels.pick(locale, "nombre (écart relatif à l'objectif)", "count (gap relative to the objective)");
      };
    }
  }

  private static final String OCCUPANCY = "OCCUPANCY_RATE";
  private static final String PEOPLE = "PEOPLE_SUPPORTED";
  private static final String SERVICES = "SERVICES_DELIVERED";
  private static final Set<String> PREDEFINED = Set.of(OCCUPANCY, PEOPLE, SERVICES);
  /** Where the contract's own indicator comes from. */
  static final String CUSTOM_ARTICLE = "R314-43-2 II (clause contraire justifiée)";

  /** Taux d'occupation: days provided / (places authorised and funded x days open), R314-43-2 II 1°. */
  public static final ModulationIndicator OCCUPANCY_RATE = legal(OCCUPANCY, "occupancy", Kind.RATE, "R314-43-2 II 1°");
  /** Number of people supported (personnes accompagnées) in the calendar year, R314-43-2 II 2°. */
  public static final ModulationIndicator PEOPLE_SUPPORTED =
      legal(PEOPLE, "people supported", Kind.COUNT, "R314-43-2 II 2°");
  /** Number of services (prestations) delivered in the calendar year, R314-43-2 II 3°. */
  public static final ModulationIndicator SERVICES_DELIVERED =
      legal(SERVICES, "services delivered", Kind.COUNT, "R314-43-2 II 3°");

  ModulationIndicator() {}

  private static ModulationIndicator legal(String code, String label, Kind kind, String article) {
    return ImmutableModulationIndicator.builder().code(code).label(label).kind(kind).article(article).build();
  }

  /**
   * A contract's own indicator, which R314-43-2 II allows when the specificity of the ESMS's missions or way
   * of working justifies it.
   *
   * @param code a short identifier, also the key of its observed value in an activity record, e.g.
   *     {@code "FILE_ACTIVE"}; not one of the three predefined codes
   * @param label how it reads in a trace, e.g. "file active"
   * @param kind a rate or a count
   * @param justification why the three indicators of R314-43-2 II do not fit, as the contract says
   * @return the indicator
   * @throws org.cpom.CpomValidationException if a text is blank or the code is a predefined one
   */
  public static ModulationIndicator custom(String code, String label, Kind kind, String justification) {
    return ImmutableModulationIndicator.builder().code(code).label(label).kind(kind).article(CUSTOM_ARTICLE)
        .justification(justification).build();
  }

  /**
   * The identifier: {@code OCCUPANCY_RATE}, {@code PEOPLE_SUPPORTED}, {@code SERVICES_DELIVERED}, or the
   * contract's own code.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * How the indicator reads in a trace.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * How the indicator reads in French or English: the three indicators of R314-43-2 II by their names in each
   * language, a contract's own indicator as the contract wrote it ({@link #label()}) in both.
   *
   * @param locale {@link java.util.Locale#FRENCH} or {@link java.util.Locale#ENGLISH}
   * @return the label, e.g. "taux d'occupation" in French
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  public String label(java.util.Locale locale) {
    if (equals(OCCUPANCY_RATE)) {
      return TraceLabels.pick(locale, "taux d'occupation", label());
    }
    if (equals(PEOPLE_SUPPORTED)) {
      return TraceLabels.pick(locale, "personnes accompagnées", label());
    }
    if (equals(SERVICES_DELIVERED)) {
      return TraceLabels.pick(locale, "prestations délivrées", label());
    }
    return TraceLabels.pick(locale, label(), label());
  }

  /**
   * A rate or a count.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The article and paragraph that allows this indicator.
   *
   * @return e.g. "R314-43-2 II 1°", or "R314-43-2 II (clause contraire justifiée)" for a contract's own
   */
  public abstract String article();

  /**
   * Why the contract uses its own indicator (« clause contraire justifiée », R314-43-2 II).
   *
   * @return the justification; empty for the three predefined indicators
   */
  public abstract Optional<String> justification();

  /**
   * Whether the indicator is a count, compared by relative gap, rather than a rate.
   *
   * @return true for people supported, services delivered and a contract's own count
   */
  public boolean isCount() {
    return kind() == Kind.COUNT;
  }

  /**
   * Whether this is one of the three indicators R314-43-2 II names.
   *
   * @return false for a contract's own indicator
   */
  public boolean isPredefined() {
    return justification().isEmpty();
  }

  /**
   * The code.
   *
   * @return e.g. "OCCUPANCY_RATE"
   */
  @Override
  public String toString() {
    return code();
  }

  @Value.Check
  void check() {
    Checks.notBlank(code(), "modulationIndicator.code");
    Checks.notBlank(label(), "modulationIndicator.label");
    justification().ifPresent(j -> {
      Checks.check(!j.isBlank(), "modulationIndicator.justification", "\"" + j + "\"", LegalBasis.casf(CUSTOM_ARTICLE),
          "a contract's own indicator states why the indicators of R314-43-2 II do not fit the ESMS");
      Checks.check(!PREDEFINED.contains(code()), "modulationIndicator.code", code(), LegalBasis.casf(CUSTOM_ARTICLE),
          "a contract's own indicator needs a code of its own");
    });
  }
}
