package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.Violation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The fields a FEC adds after the 18, and the table de rattachement reading an analytic section in one. */
class FecAdditionalFieldsTest {
  private static final String HEADER = FecReadingTest.HEADER + "|CodeAnalytique|Etab";

  /** Salaries of the MAS (section MAS) and of the foyer (FOY) on one account, and the dotation of the MAS. */
  private static final List<String> LEDGER = List.of(HEADER,
      "PA|Paie|1|20250131|641100|Salaires|||P1|20250131|Paie|8000,00|0,00||||||MAS|E1",
      "PA|Paie|1|20250131|641100|Salaires|||P1|20250131|Paie|2000,00|0,00||||||FOY|E1",
      "PA|Paie|1|20250131|421000|Personnel|||P1|20250131|Paie|0,00|10000,00||||||| E1 ",
      "VE|Ventes|2|20250131|411000|ARS|||D1|20250131|Dotation|9000,00|0,00||||||MAS|E1",
      "VE|Ventes|2|20250131|731100|Dotation|||D1|20250131|Dotation|0,00|9000,00||||||MAS|E1");

  private static Fec fec(List<String> lines) {
    return FecReadingTest.read(FecReadingTest.text(lines, '|'));
  }

  @Test
  void eachLineKeepsTheFieldsAfterThe18ByTheirNames() {
    Fec fec = fec(LEDGER);

    LigneFec first = fec.lines().get(0);
    assertThat(first.additionalFields()).containsExactly(Map.entry("CodeAnalytique", "MAS"), Map.entry("Etab", "E1"));
    assertThat(first.additionalField("CodeAnalytique")).contains("MAS");
    assertThat(first.additionalField("codeanalytique")).isEmpty();
    // trimmed like the 18 fields; blank is the empty string
    assertThat(fec.lines().get(2).additionalFields()).containsExactly(Map.entry("CodeAnalytique", ""),
        Map.entry("Etab", "E1"));
    assertThatThrownBy(() -> first.additionalFields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.additionalField(null)).hasMessage("name");
    // a file with the 18 fields only has none
    assertThat(FecReadingTest.read(FecReadingTest.text(FecReadingTest.SMALL, '|')).lines().get(0).additionalFields())
        .isEmpty();
  }

  @Test
  void linesDifferingOnlyInAnAddedFieldAreNotEqual() {
    Fec a = fec(LEDGER);
    Fec b = fec(List.of(HEADER, LEDGER.get(1), LEDGER.get(2).replace("|FOY|", "|MAS|"), LEDGER.get(3), LEDGER.get(4),
        LEDGER.get(5)));
    assertThat(b.lines().get(1)).isNotEqualTo(a.lines().get(1));
    assertThat(b.lines().get(0)).isEqualTo(a.lines().get(0)).hasSameHashCodeAs(a.lines().get(0));
    assertThat(fec(LEDGER)).isEqualTo(a);
  }

  @Test
  void anAddedFieldNeedsANameOfItsOwnAndAPrintableValue() {
    LedgerRejectedException twice = FecReadingTest.rejected(FecReadingTest.text(List.of(
        FecReadingTest.HEADER + "|Code|CODE|", LEDGER.get(1) + "|"), '|'));
    assertThat(twice.violations()).extracting(Violation::field).containsExactly("fec line 1 field 20",
        "fec line 1 field 21");
    assertThat(twice.violations()).extracting(Violation::problem)
        .containsOnly("a field after the 18 needs a name of its own, printable, given once");

    LedgerRejectedException control = FecReadingTest.rejected(FecReadingTest.text(List.of(HEADER,
        LEDGER.get(1).replace("|MAS|", "|M\u0001S|"), LEDGER.get(2), LEDGER.get(3)), '|'));
    // the line rejected, its écriture no longer balances
    assertThat(control.violations()).extracting(Violation::field).containsExactly("fec line 2 CodeAnalytique",
        "fec écriture PA 1 (from line 3)");
  }

  @Test
  void theTableTiesLinesByTheCodeInAnAddedField() {
    RattachementTable table = RattachementTable.parse("# source;code;target\n"
        + "ADDITIONAL_FIELD:CodeAnalytique;MAS;MAS\nADDITIONAL_FIELD:CodeAnalytique;FOY;Foyer\n");

    Ventilation<String> v = AccountsEngine.ventilate(fec(LEDGER).lines(), table, RepartitionKeys.none(),
        n -> n.number().substring(0, 2));

    assertThat(v.compte("MAS").orElseThrow().result()).isEqualTo(Amount.of("1000.00"));
    assertThat(v.compte("Foyer").orElseThrow().result()).isEqualTo(Amount.of("-2000.00"));
    assertThat(table.rows()).containsExactly(Rattachement.ofField("CodeAnalytique", "MAS", "MAS"),
        Rattachement.ofField("CodeAnalytique", "FOY", "Foyer"));
    assertThat(table.rows().get(0).field()).contains("CodeAnalytique");
    assertThat(table.rows().get(0)).hasToString("ADDITIONAL_FIELD:CodeAnalytique;MAS;MAS");
    assertThat(Rattachement.of(CodeSource.JOURNAL_CODE, "PA", "MAS").field()).isEmpty();
    assertThat(Rattachement.ofField("A", "1", "X")).isNotEqualTo(Rattachement.ofField("B", "1", "X"))
        .hasSameHashCodeAs(Rattachement.ofField("A", "1", "X"));
    assertThat(CodeSource.ADDITIONAL_FIELD.label(Locale.FRENCH)).isEqualTo("champ ajouté au FEC");
  }

  @Test
  void aSuffixAndAnAddedFieldNamingTwoComptesAreAmbiguous() {
    RattachementTable table = RattachementTable.parse("# source;code;target\n"
        + "ADDITIONAL_FIELD:CodeAnalytique;FOY;Foyer\nACCOUNT_SUFFIX;100;MAS\nADDITIONAL_FIELD:CodeAnalytique;MAS;MAS\n");

    assertThatThrownBy(() -> AccountsEngine.ventilate(fec(LEDGER).lines(), table, RepartitionKeys.none(),
        n -> n.number().substring(0, 2)))
        .isInstanceOfSatisfying(LedgerRejectedException.class, e -> assertThat(e.violations())
            .extracting(Violation::problem)
            .containsExactly("ambiguous: the suffix 100 goes to MAS and field CodeAnalytique FOY to Foyer"));
  }

  @Test
  void aRowOnAnAddedFieldNamesItsFieldOnce() {
    assertThatThrownBy(() -> Rattachement.of(CodeSource.ADDITIONAL_FIELD, "MAS", "MAS"))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("rattachement.source"));
    assertThatThrownBy(() -> Rattachement.ofField(" Code", "MAS", "MAS"))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("rattachement.field"));
    assertThatThrownBy(() -> Rattachement.ofField("", "MAS", "MAS")).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> RattachementTable.parse("ADDITIONAL_FIELD:Code;MAS;MAS\nADDITIONAL_FIELD:Code;MAS;X\n"))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.problem()).isEqualTo("code given twice for ADDITIONAL_FIELD Code"));
    // the same code in two fields is two rows
    assertThat(RattachementTable.parse("ADDITIONAL_FIELD:A;MAS;MAS\nADDITIONAL_FIELD:B;MAS;MAS\n").rows()).hasSize(2);
    assertThatThrownBy(() -> RattachementTable.parse("ADDITIONAL_FIELD:;MAS;MAS\n"))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("rattachementTable line 1"));
  }
}
