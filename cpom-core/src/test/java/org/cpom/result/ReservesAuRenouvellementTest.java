package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** The reserves weighed at a renewal (R314-43-3): the base by origin, the split shown, bad input named. */
class ReservesAuRenouvellementTest {
  static final Year START = Year.of(2019);
  static final Year END = Year.of(2023);

  static ReserveLedger ledger2023() {
    return ledger(
        "IME", balances(ReserveAccount.RESERVE_DE_COMPENSATION, "500000.00",
            ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "50000.00"),
        "MAS", balances(ReserveAccount.RESERVE_DE_TRESORERIE, "150000.00",
            ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, "7000.00"));
  }

  static ReservesAuRenouvellement weighed() {
    return ResultEngine.reservesAuRenouvellement(ledger2023(), START, END, List.of(
        OrigineDeReserve.of("IME", ReserveAccount.RESERVE_DE_COMPENSATION, OrigineDesFonds.RESSOURCES_PROPRES,
            eur("100000.00")),
        OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE, OrigineDesFonds.SUBVENTIONS_PUBLIQUES,
            eur("30000.00")),
        OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE, OrigineDesFonds.RESSOURCES_PROPRES,
            eur("20000.00"))));
  }

  @Test
  void ownRevenueIsExcludedAndTheSplitIsShown() {
    ReservesAuRenouvellement r = weighed();
    // IME: 400,000 + 50,000 from the tariff; MAS: 100,000 tariff + 30,000 subsidies; 119 is not netted
    assertThat(r.counted()).isEqualTo(eur("580000.00"));
    assertThat(r.excluded()).isEqualTo(eur("120000.00"));
    assertThat(r.total()).isEqualTo(eur("700000.00"));
    assertThat(r.counted("IME")).isEqualTo(eur("450000.00"));
    assertThat(r.counted("MAS")).isEqualTo(eur("130000.00"));
    assertThat(r.counted("FOYER")).isEqualTo(eur("0.00"));
    assertThat(r.parts()).containsExactly(
        OrigineDeReserve.of("IME", ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR,
            OrigineDesFonds.PRODUITS_DE_LA_TARIFICATION, eur("50000.00")),
        OrigineDeReserve.of("IME", ReserveAccount.RESERVE_DE_COMPENSATION,
            OrigineDesFonds.PRODUITS_DE_LA_TARIFICATION, eur("400000.00")),
        OrigineDeReserve.of("IME", ReserveAccount.RESERVE_DE_COMPENSATION, OrigineDesFonds.RESSOURCES_PROPRES,
            eur("100000.00")),
        OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE,
            OrigineDesFonds.PRODUITS_DE_LA_TARIFICATION, eur("100000.00")),
        OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE, OrigineDesFonds.SUBVENTIONS_PUBLIQUES,
            eur("30000.00")),
        OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE, OrigineDesFonds.RESSOURCES_PROPRES,
            eur("20000.00")));
    assertThat(r.referenceStart()).isEqualTo(START);
    assertThat(r.referenceEnd()).isEqualTo(END);
    assertThat(r).isEqualTo(weighed()).hasSameHashCodeAs(weighed());
  }

  @Test
  void everyStepNamesItsArticleOrConvention() {
    List<TraceStep> steps = weighed().trace().steps();
    assertThat(steps).hasSize(9);
    assertThat(steps.get(0).basis().text()).contains("cpom:renewal-reference-period");
    assertThat(steps.get(0).label(Locale.FRENCH)).isEqualTo("Période de référence donnée (R314-43-5) : 2019 à 2023");
    // an unattributed balance cites the convention that counts it as tariff revenue; a stated part the article
    assertThat(steps.get(1).basis().text()).contains("cpom:renewal-reserve-origin");
    assertThat(steps.get(3).basis().text()).isEqualTo("CASF R314-43-3");
    assertThat(steps.get(3).label(Locale.ENGLISH)).isEqualTo("IME, account 10686: the gestionnaire's own revenue (excluded)");
    assertThat(steps.get(7).amount()).isEqualTo(eur("580000.00"));
    assertThat(steps.get(8).amount()).isEqualTo(eur("120000.00"));
    assertThat(steps.subList(7, 9)).allMatch(s -> s.basis().text().equals("CASF R314-43-3"));
  }

  @Test
  void noOriginStatedCountsEveryCreditBalance() {
    ReservesAuRenouvellement r = ResultEngine.reservesAuRenouvellement(ledger2023(), END, END, List.of());
    assertThat(r.counted()).isEqualTo(eur("700000.00"));
    assertThat(r.excluded()).isEqualTo(eur("0.00"));
    ReservesAuRenouvellement empty = ResultEngine.reservesAuRenouvellement(ReserveLedger.empty(END), END, END, List.of());
    assertThat(empty.counted()).isEqualTo(eur("0.00"));
    assertThat(empty.parts()).isEmpty();
  }

  @Test
  void aWholeBalanceOfOwnRevenueCountsNothing() {
    ReservesAuRenouvellement r = ResultEngine.reservesAuRenouvellement(ledger("IME",
        balances(ReserveAccount.RESERVE_DE_COMPENSATION, "500000.00")), END, END, List.of(OrigineDeReserve.of("IME",
        ReserveAccount.RESERVE_DE_COMPENSATION, OrigineDesFonds.RESSOURCES_PROPRES, eur("500000.00"))));
    assertThat(r.counted()).isEqualTo(eur("0.00"));
    assertThat(r.excluded()).isEqualTo(eur("500000.00"));
  }

  static void rejected(ThrowingCallable call, String field, String rule, String problem) {
    assertThatThrownBy(call).isInstanceOf(CpomValidationException.class).hasMessageContaining(problem)
        .satisfies(e -> {
          assertThat(((CpomValidationException) e).field()).isEqualTo(field);
          assertThat(((CpomValidationException) e).rule().text()).contains(rule);
        });
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    rejected(() -> ResultEngine.reservesAuRenouvellement(ledger2023(), END, START, List.of()), "referenceStart",
        "cpom:renewal-reference-period", "starts no later");
    rejected(() -> ResultEngine.reservesAuRenouvellement(ledger2023(), START, Year.of(2024), List.of()),
        "referenceEnd", "cpom:renewal-reference-period", "2023 to 2023");
    rejected(() -> ResultEngine.reservesAuRenouvellement(ledger2023(), START, END, List.of(OrigineDeReserve.of(
        "FOYER", ReserveAccount.RESERVE_DE_COMPENSATION, OrigineDesFonds.RESSOURCES_PROPRES, eur("1.00")))),
        "origins[0].compteId", "R314-43-3", "no such compte");
    // an account the compte holds nothing on is not a reserve of this ledger
    rejected(() -> ResultEngine.reservesAuRenouvellement(ledger2023(), START, END, List.of(OrigineDeReserve.of(
        "IME", ReserveAccount.RESERVE_DE_TRESORERIE, OrigineDesFonds.RESSOURCES_PROPRES, eur("1.00")))),
        "origins[0].account", "R314-43-3", "no balance on this account");
    rejected(() -> ResultEngine.reservesAuRenouvellement(ledger2023(), START, END, List.of(
        OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE, OrigineDesFonds.RESSOURCES_PROPRES,
            eur("100000.00")),
        OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE, OrigineDesFonds.SUBVENTIONS_PUBLIQUES,
            eur("50000.01")))), "origins[1].amount", "R314-43-3", "above its balance EUR 150000.00");
    rejected(() -> OrigineDeReserve.of("MAS", ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR,
        OrigineDesFonds.RESSOURCES_PROPRES, eur("1.00")), "origine.account", "R314-43-3", "not a debit account");
    rejected(() -> OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE,
        OrigineDesFonds.RESSOURCES_PROPRES, eur("0.00")), "origine.amount", "R314-43-3", "above zero");
    rejected(() -> OrigineDeReserve.of("MAS", ReserveAccount.RESERVE_DE_TRESORERIE,
        OrigineDesFonds.RESSOURCES_PROPRES, eur("-1.00")), "origine.amount", "R314-43-3", "above zero");
  }

  @Test
  void theOriginsLabelInBothLanguages() {
    assertThat(OrigineDesFonds.SUBVENTIONS_PUBLIQUES.label(Locale.FRENCH)).isEqualTo("subventions publiques");
    assertThat(OrigineDesFonds.RESSOURCES_PROPRES.counts()).isFalse();
    assertThat(OrigineDesFonds.PRODUITS_DE_LA_TARIFICATION.counts()).isTrue();
  }
}
