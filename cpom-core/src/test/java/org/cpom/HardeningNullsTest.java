package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cpom.budget.BudgetEngine;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.FicheAction;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.param.RegulatoryParameter;
import org.junit.jupiter.api.Test;

/** Calls the reliability review found accepting null or keeping the caller's mutable value. */
class HardeningNullsTest {

  @Test
  void aFicheActionLookUpRefusesNull() {
    FicheAction fa = org.cpom.contract.FicheActionNulls.sample();
    assertThatThrownBy(() -> fa.indicator(null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("indicatorId");
    assertThatThrownBy(() -> fa.step(null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("label");
    assertThatThrownBy(() -> fa.totalCost(null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("way");
  }

  @Test
  void aClauseIsNotAskedAboutANullDestination() {
    ResultAllocationClause c = ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE).build();
    assertThatThrownBy(() -> c.allows(null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("destination");
  }

  @Test
  void theDayBasisRefusesANullMapOnTheForecastPathToo() {
    // opened in 2024: the forecast path, which never reads the map
    LocalDate recent = LocalDate.of(2024, 1, 1);
    assertThatThrownBy(() -> BudgetEngine.dayBasis(Year.of(2025), recent, null, 100))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("actualDays");
    Map<Year, Long> holdingNull = new HashMap<>();
    holdingNull.put(Year.of(2023), null);
    assertThatThrownBy(() -> BudgetEngine.dayBasis(Year.of(2025), recent, holdingNull, 100))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("actualDays value");
    assertThat(BudgetEngine.dayBasis(Year.of(2025), recent, Map.of(), 100).totalDays()).isEqualTo(100);
  }

  @Test
  void aParameterKeepsACopyOfACollectionValue() {
    List<String> mutable = new ArrayList<>(List.of("a"));
    RegulatoryParameter<List<String>> p =
        RegulatoryParameter.of("list", LegalBasis.given("test"), LocalDate.of(2024, 1, 1), mutable);
    mutable.add("b");
    assertThat(p.valueAt(LocalDate.of(2025, 1, 1))).containsExactly("a");
    assertThatThrownBy(() -> p.valueAt(LocalDate.of(2025, 1, 1)).add("c")).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Integer> map = new HashMap<>(Map.of("x", 1));
    RegulatoryParameter<Map<String, Integer>> m =
        RegulatoryParameter.of("map", LegalBasis.given("test"), LocalDate.of(2024, 1, 1), map).withValue(LocalDate.of(2025, 1, 1), map);
    map.put("y", 2);
    assertThat(m.valueAt(LocalDate.of(2024, 6, 1))).containsOnlyKeys("x");
    assertThat(m.valueAt(LocalDate.of(2025, 6, 1))).containsOnlyKeys("x");
  }

  /** A BigDecimal that holds 5 but says it is 0.5. */
  static final class Disguised extends BigDecimal {
    private static final long serialVersionUID = 1L;

    Disguised() {
      super("5");
    }

    @Override
    public String toString() {
      return "0.5";
    }
  }

  @Test
  void aParameterKeepsAPlainDecimal() {
    RegulatoryParameter<BigDecimal> p =
        RegulatoryParameter.of("d", LegalBasis.given("test"), LocalDate.of(2024, 1, 1), new Disguised());
    assertThat(p.valueAt(LocalDate.of(2024, 1, 1)).getClass()).isEqualTo(BigDecimal.class);
    assertThat(p.valueAt(LocalDate.of(2024, 1, 1)).toString()).isEqualTo("5");
  }
}
