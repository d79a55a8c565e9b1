package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Fixtures.fa1;
import static org.cpom.contract.Rejections.rejects;

import java.time.Period;
import java.util.List;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The contract year of a line of means: 1 by default, at least 1, and one of the contract's years. */
class MeansYearTest {
  @Test
  void theYearDefaultsToTheContractsFirstYear() {
    Means old = Means.of("0.5 FTE coordinator", Amount.of("27500.00"), FundingWay.REDEPLOYMENT);
    assertThat(old.contractYear()).isEqualTo(1);
    Means first = Means.of("0.5 FTE coordinator", Amount.of("27500.00"), FundingWay.REDEPLOYMENT, 1);
    assertThat(first).isEqualTo(old).hasSameHashCodeAs(old);
    Means third = Means.of("Training", Amount.of("4000.00"), FundingWay.CNR, 3);
    assertThat(third.contractYear()).isEqualTo(3);
    assertThat(third.description()).isEqualTo("Training");
    assertThat(third.cost()).isEqualTo(Amount.of("4000.00"));
    assertThat(third.fundingWay()).isEqualTo(FundingWay.CNR);
    assertThat(third).isNotEqualTo(Means.of("Training", Amount.of("4000.00"), FundingWay.CNR, 2));
  }

  @Test
  void aYearBelowOneIsRejected() {
    rejects(() -> Means.of("Training", Amount.ZERO, FundingWay.CNR, 0), "means.contractYear", FicheAction.RULE);
    rejects(() -> Means.of("Training", Amount.ZERO, FundingWay.CNR, -1), "means.contractYear", FicheAction.RULE);
    rejects(() -> Means.of("Training", Amount.ZERO, FundingWay.CNR, Integer.MIN_VALUE), "means.contractYear",
        FicheAction.RULE);
  }

  @Test
  void theYearIsOneOfTheContractsYears() {
    FicheAction lastYear = fa1().addMeans(Means.of("Training", Amount.of("1.00"), FundingWay.CNR, 5)).build();
    assertThat(cpom().fichesActions(List.of(lastYear)).build().fichesActions().get(0).means().get(1).contractYear())
        .isEqualTo(5);
    FicheAction sixth = fa1().addMeans(Means.of("Training", Amount.of("1.00"), FundingWay.CNR, 6)).build();
    var e = rejects(() -> cpom().fichesActions(List.of(sixth)).build(),
        "cpom.fichesActions[FA1].means[1].contractYear", FicheAction.RULE);
    assertThat(e.getMessage()).contains("the contract has years 1 to 5");
    // an extension makes a sixth year
    assertThat(cpom().extension(Period.ofMonths(6)).fichesActions(List.of(sixth)).build().contractYears()).hasSize(6);
  }
}
