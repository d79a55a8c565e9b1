package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

/** A staff post of at most a million ETP; a budget line index below the number of lines. */
class SmallBoundsTest {
  private static StaffPost.Builder post(String etp) {
    return StaffPost.builder().qualification("Éducateur").etp(new BigDecimal(etp)).annualCost(Amount.of("1.00"))
        .employerChargesRate(Rate.ZERO).gvtRate(Rate.ZERO).justification("needed");
  }

  @Test
  void aPostOfExactlyAMillionEtpBuildsAndOneCentMoreDoesNot() {
    assertThat(post("1000000").build().cost()).isEqualTo(Amount.of("1000000.00"));
    assertThatThrownBy(() -> post("1000000.01").build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("more than 1000000 ETP on one post")
        .satisfies(e -> assertThat(((CpomValidationException) e).value()).isEqualTo("1000000.01"));
  }

  @Test
  void theLastLineHasAGroupAndTheNextIndexIsRejected() {
    Budget b = BudgetEngine.classify(BudgetTest.workedLines(), BudgetTest.ALL, BudgetTest.MAPPING);
    int n = BudgetTest.workedLines().size();
    assertThat(b.groupOf(n - 1)).isNotNull();
    assertThat(b.groupOf(0)).isEqualTo(BudgetTest.MAPPING.entryFor(BudgetTest.workedLines().get(0).account()).group());
    assertThatThrownBy(() -> b.groupOf(-1))
        .isInstanceOf(CpomValidationException.class)
        .satisfies(e -> assertThat(((CpomValidationException) e).value()).isEqualTo("-1"));
    assertThatThrownBy(() -> b.groupOf(n))
        .isInstanceOf(CpomValidationException.class)
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("index"))
        .hasMessageContaining("not an index of the " + n + " lines");
  }
}
