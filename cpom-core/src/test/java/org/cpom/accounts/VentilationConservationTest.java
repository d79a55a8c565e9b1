package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cpom.money.Amount;
import org.cpom.trace.StepKind;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/**
 * Conservation over 10,000 seeded ledgers: the comptes' results sum to the ledger's result to the cent, every
 * split of the charges communes sums to its total, and the shares received sum to the pools' totals.
 */
class VentilationConservationTest {
  private static final int CASES = 10_000;
  private static final String[] ACCOUNTS = {"6061", "6411", "6132", "6556", "7311", "7060", "7580", "5120", "4010"};

  @Test
  void noCentIsCreatedOrLost() {
    Random random = new Random(20_251_203L);
    for (int c = 0; c < CASES; c++) {
      int comptes = 1 + random.nextInt(5);
      int pools = random.nextInt(3);
      List<Rattachement> rows = new ArrayList<>();
      for (int i = 0; i < comptes; i++) {
        rows.add(Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "C" + i, "CR" + i));
      }
      Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
      for (int p = 0; p < pools; p++) {
        rows.add(Rattachement.of(CodeSource.JOURNAL_CODE, "J" + p, "POOL" + p));
        Map<String, BigDecimal> keys = new LinkedHashMap<>();
        for (int i = 0; i < comptes; i++) {
          // some keys zero, some with decimals; the last one above zero so that the pool can be split
          int w = random.nextInt(4) == 0 ? 0 : random.nextInt(10_000);
          keys.put("CR" + i, BigDecimal.valueOf(i == comptes - 1 ? w + 1 : w, random.nextInt(3)));
        }
        weights.put("POOL" + p, keys);
      }
      List<LigneFec> lines = new ArrayList<>();
      long expected = 0;
      int count = 1 + random.nextInt(20);
      for (int l = 0; l < count; l++) {
        String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
        boolean toPool = pools > 0 && random.nextBoolean();
        String journal = toPool ? "J" + random.nextInt(pools) : "OD";
        String number = account + (toPool ? "" : "C" + random.nextInt(comptes));
        long cents = random.nextInt(3) == 0 ? random.nextInt(7) : random.nextInt(100_000_000);
        boolean debit = random.nextInt(4) != 0;
        Amount amount = Amount.ofCents(cents);
        lines.add(line(l + 2, journal, number, debit ? amount : Amount.ZERO, debit ? Amount.ZERO : amount));
        long signed = debit ? -cents : cents;
        if (account.startsWith("6") || account.startsWith("7")) {
          expected += signed;
        }
      }
      Ventilation<String> v = AccountsEngine.ventilate(lines, RattachementTable.of(rows), RepartitionKeys.of(weights),
          n -> n.number().substring(0, 2));

      Amount sum = v.comptes().stream().map(ResultatDuCompte::result).reduce(Amount.ZERO, Amount::plus);
      assertThat(sum).as("case %d", c).isEqualTo(Amount.ofCents(expected)).isEqualTo(v.result());
      assertThat(v.comptes()).hasSize(comptes);
      checkSplits(v, c);
    }
  }

  private static void checkSplits(Ventilation<String> v, int c) {
    List<TraceStep> steps = v.trace().steps();
    Amount pooledCharges = Amount.ZERO;
    Amount pooledProduits = Amount.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      TraceStep step = steps.get(i);
      if (step.kind() == StepKind.CHARGES_COMMUNES_SHARE) {
        continue;
      }
      if (step.kind() == StepKind.CHARGES_COMMUNES_SPLIT) {
        pooledCharges = pooledCharges.plus(step.amount());
      } else {
        pooledProduits = pooledProduits.plus(step.amount());
      }
      Amount parts = Amount.ZERO;
      for (int j = i + 1; j < steps.size() && steps.get(j).kind() == StepKind.CHARGES_COMMUNES_SHARE; j++) {
        parts = parts.plus(steps.get(j).amount());
      }
      assertThat(parts).as("case %d, split %d", c, i).isEqualTo(step.amount());
    }
    Amount shared = v.comptes().stream().map(ResultatDuCompte::chargesCommunes).reduce(Amount.ZERO, Amount::plus);
    Amount sharedProduits = v.comptes().stream().map(ResultatDuCompte::produitsCommuns).reduce(Amount.ZERO, Amount::plus);
    assertThat(shared).as("case %d", c).isEqualTo(pooledCharges);
    assertThat(sharedProduits).as("case %d", c).isEqualTo(pooledProduits);
  }

  private static LigneFec line(long number, String journal, String account, Amount debit, Amount credit) {
    String[] text = new String[18];
    java.util.Arrays.fill(text, "");
    text[0] = journal;
    text[2] = "E" + number;
    text[5] = "Compte";
    text[10] = "Ligne";
    LocalDate date = LocalDate.of(2025, 1, 31);
    return new LigneFec(number, text, date, CompteNum.of(account), null, debit, credit, null, null, null, java.util.List.of(), new String[0]);
  }
}
