package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.MAS;

import java.io.StringReader;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.Convention;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.RattachementTable;
import org.cpom.accounts.RepartitionKeys;
import org.cpom.accounts.ResultatDuCompte;
import org.cpom.accounts.Ventilation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The bridge from the ledger to the allocation: a compte's ventilated figures give its closing result. */
class ClosingResultFromAccountsTest {
  static final String HEADER = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|"
      + "CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\n";

  static String line(String num, String account, String debit, String credit) {
    return "OD|Opérations diverses|" + num + "|20250630|" + account + "|Compte " + account + "|||P" + num
        + "|20250630|Écriture " + num + "|" + debit + "|" + credit + "|||20250701||\n";
  }

  /**
   * A ledger of two comptes: the IME 1,000.00 of charges and 1,200.50 of produits (result 200.50), the MAS
   * 900.00 of charges and 600.00 of produits (result -300.00), each écriture balanced on the bank.
   */
  static Ventilation<String> ventilation() {
    String fec = HEADER
        + line("1", "60610001", "1000,00", "0,00") + line("1", "512000", "0,00", "1000,00")
        + line("2", "512000", "1200,50", "0,00") + line("2", "73121101", "0,00", "1200,50")
        + line("3", "60610003", "900,00", "0,00") + line("3", "512000", "0,00", "900,00")
        + line("4", "512000", "600,00", "0,00") + line("4", "73121103", "0,00", "600,00");
    RattachementTable table = RattachementTable.parse("ACCOUNT_SUFFIX;01;IME\nACCOUNT_SUFFIX;03;MAS\n");
    return AccountsEngine.ventilate(new StringReader(fec), table, RepartitionKeys.none(),
        n -> n.number().substring(0, 2));
  }

  /** The ventilated figures of one compte of {@link #ventilation()}, a sample for the null sweep. */
  static ResultatDuCompte<String> figures(String id) {
    return ventilation().compte(id).orElseThrow();
  }

  @Test
  void theResultIsTheProduitsLessTheChargesOfTheLedger() {
    ClosingResult ime = ClosingResult.fromAccounts(IME, figures("IME"));
    // 1,200.50 - 1,000.00
    assertThat(ime.result()).isEqualTo(Amount.of("200.50"));
    assertThat(ime).isEqualTo(ClosingResult.of(IME, Amount.of("200.50")));
    assertThat(ime.rejectedExpenses()).isEqualTo(Amount.ZERO);
    assertThat(ime.bilan()).isEmpty();
    // 600.00 - 900.00: a deficit
    assertThat(ClosingResult.fromAccounts(MAS, figures("MAS")).result()).isEqualTo(Amount.of("-300.00"));
  }

  @Test
  void aCompteWithNoLineClosesOnZero() {
    Ventilation<String> v = AccountsEngine.ventilate(new StringReader(HEADER
        + line("1", "60610001", "10,00", "0,00") + line("1", "512000", "0,00", "10,00")),
        RattachementTable.parse("ACCOUNT_SUFFIX;01;IME\nACCOUNT_SUFFIX;03;MAS\n"), RepartitionKeys.none(),
        n -> n.number().substring(0, 2));
    assertThat(ClosingResult.fromAccounts(MAS, v.compte("MAS").orElseThrow()).result()).isEqualTo(Amount.ZERO);
    assertThat(ClosingResult.fromAccounts(IME, v.compte("IME").orElseThrow()).result()).isEqualTo(Amount.of("-10.00"));
  }

  @Test
  void theFiguresOfAnotherCompteAreRefused() {
    assertThatThrownBy(() -> ClosingResult.fromAccounts(IME, figures("MAS")))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("results[IME].accounts");
          assertThat(e.value()).isEqualTo("MAS");
          assertThat(e.rule()).isEqualTo(LegalBasis.convention(Convention.VENTILATION));
        });
  }

  @Test
  void aBuilderFromItAddsTheComptesOwnBilan() {
    ClosingResult mas = ClosingResult.builder().from(ClosingResult.fromAccounts(MAS, figures("MAS")))
        .bilan(Fixtures.bilanWithBfr("10")).build();
    assertThat(mas.result()).isEqualTo(Amount.of("-300.00"));
    assertThat(mas.bilan()).contains(Fixtures.bilanWithBfr("10"));
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> ClosingResult.fromAccounts(null, figures("IME")))
        .isInstanceOf(NullPointerException.class).hasMessage("compte");
    assertThatThrownBy(() -> ClosingResult.fromAccounts(IME, null))
        .isInstanceOf(NullPointerException.class).hasMessage("accounts");
  }
}
