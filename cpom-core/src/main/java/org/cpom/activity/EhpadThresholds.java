package org.cpom.activity;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.money.Rate;
import org.cpom.param.RegulatoryParameter;
import org.cpom.LegalBasis;

/**
 * The EHPAD occupancy thresholds below which a forfait global is modulated, by funding level and date
 * (R314-160 for soins, R314-174 for dépendance; thresholds set by arrêté).
 *
 * <p>Each funding level has a {@link RegulatoryParameter} of dated thresholds. A level with no value in
 * force on 1 January of a year means no modulation that year (funding below 90 % before 2024). The default
 * tables ({@link #soins()}, {@link #dependance()}) hold the values of the arrêtés of 28 September 2017
 * (soins) and 4 September 2017 (dépendance), from a secondary source: 95 % from 2018 at or
 * above target, 90 % to 95 % from 2018 to 2023 between 90 % and 100 %, and 95 % for every level from 2024.
 * An integrator replaces them with {@link #of(Map)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EhpadThresholds {
  private static final EhpadThresholds SOINS =
      defaults(LegalBasis.casf("R314-160").withNote("arrêté du 28 septembre 2017"));
  private static final EhpadThresholds DEPENDANCE =
      defaults(LegalBasis.casf("R314-174").withNote("arrêté du 4 septembre 2017"));

  private final Map<EhpadFundingLevel, RegulatoryParameter<Rate>> byLevel;

  private EhpadThresholds(Map<EhpadFundingLevel, RegulatoryParameter<Rate>> byLevel) {
    this.byLevel = byLevel;
  }

  /**
   * The default soins thresholds (arrêté of 28 September 2017).
   *
   * @return the table
   */
  public static EhpadThresholds soins() {
    return SOINS;
  }

  /**
   * The default dépendance thresholds (arrêté of 4 September 2017).
   *
   * @return the table
   */
  public static EhpadThresholds dependance() {
    return DEPENDANCE;
  }

  /**
   * A table given by the integrator: one parameter per funding level.
   *
   * @param byLevel the thresholds of every level
   * @return the table
   */
  public static EhpadThresholds of(Map<EhpadFundingLevel, RegulatoryParameter<Rate>> byLevel) {
    Objects.requireNonNull(byLevel, "byLevel");
    EnumMap<EhpadFundingLevel, RegulatoryParameter<Rate>> copy = new EnumMap<>(EhpadFundingLevel.class);
    byLevel.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "level"), Objects.requireNonNull(v, "thresholds")));
    for (EhpadFundingLevel level : EhpadFundingLevel.values()) {
      Checks.check(copy.containsKey(level), "thresholds", level, Articles.R314_160_R314_174,
          "a threshold parameter is needed for every funding level");
    }
    return new EhpadThresholds(copy);
  }

  private static EhpadThresholds defaults(LegalBasis basis) {
    Rate r95 = Rate.ofPercent("95");
    EnumMap<EhpadFundingLevel, RegulatoryParameter<Rate>> m = new EnumMap<>(EhpadFundingLevel.class);
    m.put(EhpadFundingLevel.AT_LEAST_TARGET,
        RegulatoryParameter.of("EHPAD occupancy threshold, funding at least 100 %", basis, LocalDate.of(2018, 1, 1), r95));
    Map<LocalDate, Rate> glide = new java.util.HashMap<>();
    for (int year = 2018; year <= 2023; year++) {
      glide.put(LocalDate.of(year, 1, 1), Rate.ofPercent(String.valueOf(90 + year - 2018)));
    }
    glide.put(LocalDate.of(2024, 1, 1), r95);
    m.put(EhpadFundingLevel.FROM_90_TO_100,
        RegulatoryParameter.of("EHPAD occupancy threshold, funding 90 % to 100 %", basis, glide));
    m.put(EhpadFundingLevel.BELOW_90,
        RegulatoryParameter.of("EHPAD occupancy threshold, funding below 90 %", basis, LocalDate.of(2024, 1, 1), r95));
    return new EhpadThresholds(m);
  }

  /**
   * The threshold in force on 1 January of a year for a funding level.
   *
   * @param level the funding level
   * @param year the tariff year
   * @return the threshold, or empty when no modulation applies that year
   */
  public Optional<Rate> thresholdFor(EhpadFundingLevel level, Year year) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(year, "year");
    return byLevel.get(level).find(year.atDay(1));
  }

  /**
   * The parameter of a funding level.
   *
   * @param level the level
   * @return its dated thresholds
   */
  public RegulatoryParameter<Rate> parameter(EhpadFundingLevel level) {
    return byLevel.get(Objects.requireNonNull(level, "level"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof EhpadThresholds && ((EhpadThresholds) obj).byLevel.equals(byLevel);
  }

  @Override
  public int hashCode() {
    return byLevel.hashCode();
  }

  @Override
  public String toString() {
    return "EhpadThresholds" + byLevel;
  }
}
