package org.cpom.dialogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.contract.ContractYear;
import org.cpom.contract.Cpom;
import org.cpom.contract.GrilleAvancement;
import org.cpom.contract.GrilleCell;
import org.cpom.contract.GrilleRow;
import org.cpom.contract.Indicator;
import org.cpom.contract.Indicator.Direction;
import org.cpom.internal.Checks;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;

/**
 * The comparison of indicator values with the contract's targets, the earlier years and the thresholds: the
 * inputs checked whole against the contract and the catalogue first, then each value of the exercice compared.
 */
final class Targets {
  static final LegalBasis TARGETS = LegalBasis.convention(Convention.DIALOGUE_TARGETS);
  static final LegalBasis TREND = LegalBasis.convention(Convention.DIALOGUE_TREND);
  static final LegalBasis THRESHOLDS = LegalBasis.convention(Convention.DIALOGUE_THRESHOLDS);

  private Targets() {}

  /**
   * The contract year an exercice falls in: the one holding its 31 December.
   *
   * @return the year, or empty when 31 December is outside the contract with its avenants
   */
  static Optional<ContractYear> contractYearOf(Cpom amended, Year exercice) {
    return amended.contractYearOf(LocalDate.of(exercice.getValue(), 12, 31));
  }

  static ContractYear requireContractYear(Cpom amended, Year exercice, String field) {
    Optional<ContractYear> y = contractYearOf(amended, exercice);
    Checks.check(y.isPresent(), field, exercice, TARGETS, "31 December " + exercice + " is outside the contract "
        + amended.id() + " (" + amended.period().startDate() + " to " + amended.period().endDate() + ")");
    return y.get();
  }

  static List<IndicatorComparison> compare(Cpom cpom, Year year, List<IndicatorValue> values,
      List<IndicatorLink> links, List<AlertThreshold> thresholds, IndicatorCatalogue catalogue) {
    Objects.requireNonNull(cpom, "cpom");
    Objects.requireNonNull(year, "year");
    Checks.noNulls(values, "values");
    Checks.noNulls(links, "links");
    Checks.noNulls(thresholds, "thresholds");
    Objects.requireNonNull(catalogue, "catalogue");
    Cpom amended = cpom.asAmended();
    ContractYear cy = requireContractYear(amended, year, "year");
    GrilleAvancement grille = GrilleAvancement.from(cpom, List.of());
    checkValues(amended, year, values, catalogue, "values");
    Map<String, IndicatorLink> linkBySeries = checkLinks(amended, grille, links, catalogue);
    Map<String, AlertThreshold> thresholdByKey = checkThresholds(year, thresholds, catalogue);

    Map<String, TreeMap<Year, BigDecimal>> earlier = new HashMap<>();
    for (IndicatorValue v : values) {
      if (v.year().isBefore(year)) {
        earlier.computeIfAbsent(v.series(), s -> new TreeMap<>()).put(v.year(), v.value());
      }
    }
    List<IndicatorComparison> out = new ArrayList<>();
    for (IndicatorValue v : values) {
      if (!v.year().equals(year)) {
        continue;
      }
      IndicatorLink link = linkBySeries.get(v.series());
      Indicator indicator = link == null ? null : indicatorOf(grille, link, cy.number());
      AlertThreshold threshold = thresholdByKey.get(v.key());
      EnumSet<IndicatorFlag> flags = EnumSet.noneOf(IndicatorFlag.class);
      BigDecimal target = null;
      Rate achievement = null;
      if (indicator != null && inForce(grille, link, cy.number())) {
        target = indicator.target(cy.number()).orElse(null);
      }
      if (target != null) {
        flags.add(indicator.meets(target, v.value()) ? IndicatorFlag.TARGET_MET : IndicatorFlag.TARGET_MISSED);
        achievement = indicator.achievement(cy.number(), v.value()).orElseThrow();
      } else {
        flags.add(IndicatorFlag.NO_TARGET);
      }
      Direction direction = indicator != null ? indicator.direction()
          : threshold != null ? threshold.direction() : null;
      TreeMap<Year, BigDecimal> before = earlier.getOrDefault(v.series(), new TreeMap<>());
      Trend trend = null;
      if (before.isEmpty()) {
        flags.add(IndicatorFlag.FIRST_YEAR);
      } else {
        int c = v.value().compareTo(before.lastEntry().getValue());
        trend = c > 0 ? Trend.UP : c < 0 ? Trend.DOWN : Trend.STABLE;
        if (trend == Trend.STABLE) {
          flags.add(IndicatorFlag.STABLE);
        } else if (direction != null) {
          boolean better = (trend == Trend.UP) == (direction == Direction.HIGHER_IS_BETTER);
          flags.add(better ? IndicatorFlag.IMPROVED : IndicatorFlag.WORSENED);
        }
      }
      if (threshold != null && threshold.isCrossedBy(v.value(), year)) {
        flags.add(IndicatorFlag.ALERT);
      }
      out.add(new IndicatorComparison(v, cy.number(), link, target, achievement, direction, before, trend,
          threshold, flags));
    }
    return List.copyOf(out);
  }

  /** Checks the values whole: known key and unit, a year of the contract not after the exercice, a known ESMS. */
  static void checkValues(Cpom amended, Year year, List<IndicatorValue> values, IndicatorCatalogue catalogue,
      String name) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      IndicatorValue v = values.get(i);
      String at = name + "[" + i + "]";
      Optional<IndicatorDefinition> d = catalogue.definition(v.key());
      Checks.check(d.isPresent(), at + ".key", "\"" + v.key() + "\"", TARGETS, "no indicator of the catalogue has"
          + " this key");
      Checks.check(d.get().unit() == v.unit(), at + ".unit", v.unit(), TARGETS, "the indicator " + v.key()
          + " is in " + d.get().unit());
      Checks.check(!v.year().isAfter(year), at + ".year", v.year(), TREND, "after the exercice " + year
          + " the values are compared for");
      requireContractYear(amended, v.year(), at + ".year");
      if (v.esms().isPresent()) {
        Optional<Esms> e = amended.esms(v.esms().get());
        Checks.check(e.isPresent(), at + ".esms", v.esms().get(), TARGETS, "not an ESMS of the perimeter of "
            + amended.id());
        Checks.check(d.get().appliesTo(e.get().category()), at + ".key", v.key(), TARGETS, "the indicator does not"
            + " apply to ESMS " + e.get().finess() + " of category " + e.get().category());
      }
      Integer before = seen.put(v.series() + "@" + v.year(), i);
      Checks.check(before == null, at, v, TARGETS, "the same key, scope and year as " + name + "[" + before + "]");
    }
  }

  private static Map<String, IndicatorLink> checkLinks(Cpom amended, GrilleAvancement grille,
      List<IndicatorLink> links, IndicatorCatalogue catalogue) {
    Map<String, IndicatorLink> bySeries = new HashMap<>();
    for (int i = 0; i < links.size(); i++) {
      IndicatorLink l = links.get(i);
      String at = "links[" + i + "]";
      Optional<GrilleRow> row = grille.row(l.ficheAction());
      Checks.check(row.isPresent(), at + ".ficheAction", l.ficheAction(), TARGETS, "no such fiche-action in force"
          + " in the contract " + amended.id());
      Checks.check(row.get().cells().stream().anyMatch(c -> c.ficheAction().indicator(l.indicator()).isPresent()),
          at + ".indicator", l.indicator(), TARGETS, "the fiche-action " + l.ficheAction() + " has no indicator"
              + " with this identifier");
      Checks.check(catalogue.definition(l.key()).isPresent(), at + ".key", "\"" + l.key() + "\"", TARGETS,
          "no indicator of the catalogue has this key");
      if (l.esms().isPresent()) {
        Checks.check(row.get().cells().stream().anyMatch(c -> c.ficheAction().esms().contains(l.esms().get())),
            at + ".esms", l.esms().get(), TARGETS, "the fiche-action " + l.ficheAction() + " does not concern"
                + " this ESMS");
      }
      IndicatorLink before = bySeries.put(l.series(), l);
      Checks.check(before == null, at, l, TARGETS, "the values of " + l.series() + " already take their target"
          + " from " + before);
    }
    return bySeries;
  }

  private static Map<String, AlertThreshold> checkThresholds(Year year, List<AlertThreshold> thresholds,
      IndicatorCatalogue catalogue) {
    Map<String, AlertThreshold> byKey = new HashMap<>();
    for (int i = 0; i < thresholds.size(); i++) {
      AlertThreshold t = thresholds.get(i);
      String at = "thresholds[" + i + "]";
      Checks.check(catalogue.definition(t.key()).isPresent(), at + ".key", "\"" + t.key() + "\"", THRESHOLDS,
          "no indicator of the catalogue has this key");
      Checks.check(t.value().find(year.atDay(1)).isPresent(), at + ".value", t.value().name(), THRESHOLDS,
          "no value in force on 1 January " + year);
      Checks.check(byKey.put(t.key(), t) == null, at + ".key", t.key(), THRESHOLDS, "a threshold is already given"
          + " for this key");
    }
    return byKey;
  }

  /** The linked indicator as in force during the contract year, else in the fiche-action's latest version. */
  private static Indicator indicatorOf(GrilleAvancement grille, IndicatorLink link, int contractYear) {
    GrilleRow row = grille.row(link.ficheAction()).orElseThrow();
    Optional<Indicator> during = row.cell(contractYear).flatMap(c -> c.ficheAction().indicator(link.indicator()));
    if (during.isPresent()) {
      return during.get();
    }
    for (int k = row.cells().size() - 1; k >= 0; k--) {
      Optional<Indicator> i = row.cells().get(k).ficheAction().indicator(link.indicator());
      if (i.isPresent()) {
        return i.get();
      }
    }
    throw new IllegalStateException("checked link without its indicator: " + link);
  }

  private static boolean inForce(GrilleAvancement grille, IndicatorLink link, int contractYear) {
    Optional<GrilleCell> cell = grille.cell(link.ficheAction(), contractYear);
    return cell.flatMap(c -> c.ficheAction().indicator(link.indicator())).isPresent()
        && (link.esms().isEmpty() || cell.get().ficheAction().esms().contains(link.esms().get()));
  }
}
