package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_III_STRUCTURE;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_II_PERSONNEL;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_I_TARIFICATION;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.budget.AccountMapping;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.SectionTarifaire;
import org.cpom.trace.StepKind;
import org.junit.jupiter.api.Test;

/** From a FEC to its comptes de résultat: the table de rattachement, the charges communes, the results. */
class VentilationTest {
  static final Function<CompteNum, GroupeFonctionnel> GROUPS = n -> AccountMapping.standard().groupOf(n.number());

  /** An IME (suffix 01), a SESSAD (suffix 02) and the siège (its own journal SIE), shared 3 to 1. */
  static final RattachementTable TABLE = RattachementTable.parse(String.join("\n",
      "# source;code;target",
      "ACCOUNT_SUFFIX;01;IME",
      "ACCOUNT_SUFFIX;02;SESSAD",
      "JOURNAL_CODE;SIE;SIEGE"));
  static final RepartitionKeys KEYS = RepartitionKeys.parse("# pool;compte;weight\nSIEGE;IME;3\nSIEGE;SESSAD;1\n");

  /**
   * Hand-checked: IME charges I 12,000.00 less a rebate of 100.00, II 80,000.00, produits 95,000.00; SESSAD
   * charges I 3,000.00, II 40,000.00, produits 42,000.00; siège charges II 1,000.01 and III 500.00. The
   * ledger's result is 137,000.00 - 136,400.01 = 599.99.
   */
  static final List<String> LEDGER = List.of(FecReadingTest.HEADER,
      "HA|Achats|1|20250131|60610001|Fournitures IME|||F1|20250131|Fournitures|12000,00|0,00|||||",
      "HA|Achats|1|20250131|401000|Fournisseurs|||F1|20250131|Fournitures|0,00|12000,00|||||",
      "HA|Achats|2|20250228|40100001|Fournisseurs|||A1|20250228|Rabais|100,00|0,00|||||",
      "HA|Achats|2|20250228|60910001|Rabais IME|||A1|20250228|Rabais|0,00|100,00|||||",
      "PA|Paie|3|20250131|64110001|Salaires IME|||P1|20250131|Paie|80000,00|0,00|||||",
      "PA|Paie|3|20250131|64110002|Salaires SESSAD|||P1|20250131|Paie|40000,00|0,00|||||",
      "PA|Paie|3|20250131|421000|Personnel|||P1|20250131|Paie|0,00|120000,00|||||",
      "HA|Achats|4|20250131|60610002|Fournitures SESSAD|||F2|20250131|Fournitures|3000,00|0,00|||||",
      "HA|Achats|4|20250131|401000|Fournisseurs|||F2|20250131|Fournitures|0,00|3000,00|||||",
      "SIE|Siège|5|20250131|641100|Salaires siège|||S1|20250131|Paie siège|1000,01|0,00|||||",
      "SIE|Siège|5|20250131|613200|Locations siège|||S1|20250131|Loyer siège|500,00|0,00|||||",
      "SIE|Siège|5|20250131|512000|Banque|||S1|20250131|Siège|0,00|1500,01|||||",
      "VE|Dotations|6|20250131|411000|ARS|||D1|20250131|Dotation|137000,00|0,00|||||",
      "VE|Dotations|6|20250131|73110001|Dotation IME|||D1|20250131|Dotation|0,00|95000,00|||||",
      "VE|Dotations|6|20250131|73110002|Dotation SESSAD|||D1|20250131|Dotation|0,00|42000,00|||||");

  static Fec fec(List<String> lines) {
    return AccountsEngine.readFec(new StringReader(FecReadingTest.text(lines, '|')));
  }

  static Amount eur(String text) {
    return Amount.of(text);
  }

  static List<String> plus(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void theLedgerSplitsIntoItsComptesByGroupeFonctionnelWithTheSiegeSharedByKeys() {
    Ventilation<GroupeFonctionnel> v = AccountsEngine.ventilate(fec(LEDGER).lines(), TABLE, KEYS, GROUPS);

    // siège: II 1,000.01 x 3/4 = 750.0075 -> 750.01 (the cent goes to the larger remainder), x 1/4 -> 250.00;
    // III 500.00 -> 375.00 and 125.00
    ResultatDuCompte<GroupeFonctionnel> ime = v.compte("IME").orElseThrow();
    assertThat(ime.charges()).containsExactly(Map.entry(CHARGES_I_EXPLOITATION_COURANTE, eur("11900.00")),
        Map.entry(CHARGES_II_PERSONNEL, eur("80750.01")), Map.entry(CHARGES_III_STRUCTURE, eur("375.00")));
    assertThat(ime.produits()).containsExactly(Map.entry(PRODUITS_I_TARIFICATION, eur("95000.00")));
    assertThat(ime.chargesCommunes()).isEqualTo(eur("1125.01"));
    assertThat(ime.produitsCommuns()).isEqualTo(Amount.ZERO);
    assertThat(ime.totalCharges()).isEqualTo(eur("93025.01"));
    assertThat(ime.result()).isEqualTo(eur("1974.99"));

    ResultatDuCompte<GroupeFonctionnel> sessad = v.compte("SESSAD").orElseThrow();
    assertThat(sessad.charges()).containsExactly(Map.entry(CHARGES_I_EXPLOITATION_COURANTE, eur("3000.00")),
        Map.entry(CHARGES_II_PERSONNEL, eur("40250.00")), Map.entry(CHARGES_III_STRUCTURE, eur("125.00")));
    assertThat(sessad.chargesCommunes()).isEqualTo(eur("375.00"));
    // a deficit: 42,000.00 - 43,375.00
    assertThat(sessad.result()).isEqualTo(eur("-1375.00"));

    // the pool is not a compte; the comptes are by id
    assertThat(v.comptes()).extracting(ResultatDuCompte::id).containsExactly("IME", "SESSAD");
    assertThat(v.compte("SIEGE")).isEmpty();
    assertThat(v.totalCharges()).isEqualTo(eur("136400.01"));
    assertThat(v.totalProduits()).isEqualTo(eur("137000.00"));
    assertThat(v.result()).isEqualTo(eur("599.99"));
  }

  @Test
  void theTraceShowsEachSplitAndEachShareInBothLanguages() {
    Ventilation<GroupeFonctionnel> v = AccountsEngine.ventilate(fec(LEDGER).lines(), TABLE, KEYS, GROUPS);
    assertThat(v.trace().steps()).extracting(s -> s.kind()).containsExactly(
        StepKind.CHARGES_COMMUNES_SPLIT, StepKind.CHARGES_COMMUNES_SHARE, StepKind.CHARGES_COMMUNES_SHARE,
        StepKind.CHARGES_COMMUNES_SPLIT, StepKind.CHARGES_COMMUNES_SHARE, StepKind.CHARGES_COMMUNES_SHARE);
    assertThat(v.trace().steps()).extracting(s -> s.amount()).containsExactly(
        eur("1000.01"), eur("750.01"), eur("250.00"), eur("500.00"), eur("375.00"), eur("125.00"));
    assertThat(v.trace().steps().get(1).arguments()).containsExactly("IME", new BigDecimal("3"), new BigDecimal("4"));
    assertThat(v.trace().steps().get(0).basis())
        .isEqualTo(LegalBasis.casf("R314-213 I 7°").readWith(Convention.CHARGES_COMMUNES));
    assertThat(v.trace().render(Locale.FRENCH)).contains("Charges communes SIEGE").contains("Quote-part de IME : clé 3 sur 4");
    assertThat(v.trace().render(Locale.ENGLISH)).contains("Share of SESSAD: key 1 of 4");
  }

  @Test
  void readingTheFecAsItStreamsGivesTheSameVentilation() {
    Ventilation<GroupeFonctionnel> whole = AccountsEngine.ventilate(fec(LEDGER).lines(), TABLE, KEYS, GROUPS);
    Ventilation<GroupeFonctionnel> streamed = AccountsEngine.ventilate(
        new StringReader(FecReadingTest.text(LEDGER, '|')), TABLE, KEYS, GROUPS);
    assertThat(streamed).isEqualTo(whole).hasSameHashCodeAs(whole).hasToString(whole.toString());
    assertThat(streamed.compte("IME")).isEqualTo(whole.compte("IME"));
  }

  @Test
  void everyUnmappedLineIsNamedInOneReport() {
    List<String> lines = plus(LEDGER,
        "HA|Achats|7|20250131|60610003|Fournitures ?|||F3|20250131|Fournitures|10,00|0,00|||||",
        "HA|Achats|7|20250131|70610009|Ventes ?|||F3|20250131|Ventes|0,00|10,00|||||");
    assertThatThrownBy(() -> AccountsEngine.ventilate(fec(lines).lines(), TABLE, KEYS, GROUPS))
        .isInstanceOfSatisfying(LedgerRejectedException.class, e -> {
          assertThat(e.violations()).extracting(x -> x.field()).containsExactly("line 17 CompteNum", "line 18 CompteNum");
          assertThat(e.violations()).extracting(x -> x.value().orElseThrow()).containsExactly("60610003", "70610009");
          assertThat(e.rule()).isEqualTo(LegalBasis.convention(Convention.VENTILATION));
          assertThat(e.getMessage()).contains("journal HA or account 60610003");
        });
  }

  @Test
  void aLineTiedToTwoTargetsIsAmbiguous() {
    List<String> lines = plus(LEDGER,
        "SIE|Siège|7|20250131|60610001|Fournitures|||S2|20250131|Fournitures|10,00|0,00|||||",
        "SIE|Siège|7|20250131|512000|Banque|||S2|20250131|Fournitures|0,00|10,00|||||");
    assertThatThrownBy(() -> AccountsEngine.ventilate(fec(lines).lines(), TABLE, KEYS, GROUPS))
        .isInstanceOf(LedgerRejectedException.class).hasMessageContaining("line 17 CompteNum")
        .hasMessageContaining("ambiguous: journal SIE goes to SIEGE and the suffix 01 to IME");
  }

  @Test
  void anAccountTheClassifierRejectsIsReportedOnceWithItsFirstLine() {
    // 619 is left out of the shipped account mapping on purpose
    List<String> lines = plus(LEDGER,
        "HA|Achats|7|20250131|61900001|Rabais|||X1|20250131|Rabais|0,00|5,00|||||",
        "HA|Achats|7|20250131|61900001|Rabais|||X1|20250131|Rabais|0,00|5,00|||||",
        "HA|Achats|7|20250131|401000|Fournisseurs|||X1|20250131|Rabais|10,00|0,00|||||");
    assertThatThrownBy(() -> AccountsEngine.ventilate(fec(lines).lines(), TABLE, KEYS, GROUPS))
        .isInstanceOfSatisfying(LedgerRejectedException.class, e -> {
          assertThat(e.violations()).hasSize(1);
          assertThat(e.field()).isEqualTo("line 17 CompteNum");
          assertThat(e.value()).isEqualTo("61900001");
          assertThat(e.getMessage()).contains("maps to no groupe fonctionnel");
        });
  }

  @Test
  void aZeroKeyGetsNothingAndTheOtherCompteTheWholePool() {
    RepartitionKeys keys = RepartitionKeys.parse("SIEGE;IME;1\nSIEGE;SESSAD;0\n");
    Ventilation<GroupeFonctionnel> v = AccountsEngine.ventilate(fec(LEDGER).lines(), TABLE, keys, GROUPS);
    assertThat(v.compte("IME").orElseThrow().chargesCommunes()).isEqualTo(eur("1500.01"));
    assertThat(v.compte("SESSAD").orElseThrow().chargesCommunes()).isEqualTo(Amount.ZERO);
    assertThat(v.compte("SESSAD").orElseThrow().charges()).doesNotContainKey(CHARGES_III_STRUCTURE);
    assertThat(v.compte("SESSAD").orElseThrow().result()).isEqualTo(eur("-1000.00"));
    assertThat(v.result()).isEqualTo(eur("599.99"));
  }

  @Test
  void oneCompteWithoutPoolTakesTheWholeLedger() {
    RattachementTable one = RattachementTable.of(List.of(Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "0", "ASSOC"),
        Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "1", "ASSOC"), Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "2", "ASSOC")));
    Ventilation<GroupeFonctionnel> v = AccountsEngine.ventilate(fec(LEDGER).lines(), one, RepartitionKeys.none(), GROUPS);
    assertThat(v.comptes()).hasSize(1);
    ResultatDuCompte<GroupeFonctionnel> assoc = v.comptes().get(0);
    assertThat(assoc.result()).isEqualTo(eur("599.99"));
    assertThat(assoc.charges().get(CHARGES_II_PERSONNEL)).isEqualTo(eur("121000.01"));
    assertThat(assoc.chargesCommunes()).isEqualTo(Amount.ZERO);
    assertThat(v.trace().steps()).isEmpty();
  }

  @Test
  void aPoolWithProduitsSplitsThemLikeItsCharges() {
    // the siège bills 0.03 of produits (class 7); 3:1 gives 0.0225 and 0.0075 -> 0.02 and 0.01
    List<String> lines = plus(LEDGER,
        "SIE|Siège|7|20250131|512000|Banque|||S2|20250131|Produit|0,03|0,00|||||",
        "SIE|Siège|7|20250131|758000|Produits divers|||S2|20250131|Produit|0,00|0,03|||||");
    Ventilation<GroupeFonctionnel> v = AccountsEngine.ventilate(fec(lines).lines(), TABLE, KEYS, GROUPS);
    assertThat(v.compte("IME").orElseThrow().produitsCommuns()).isEqualTo(eur("0.02"));
    assertThat(v.compte("SESSAD").orElseThrow().produitsCommuns()).isEqualTo(eur("0.01"));
    assertThat(v.trace().steps()).extracting(s -> s.kind()).contains(StepKind.PRODUITS_COMMUNS_SPLIT);
    assertThat(v.result()).isEqualTo(eur("600.02"));
  }

  @Test
  void anEhpadIsReadBySectionTarifaire() {
    // the classifier of the integrator: personnel soignant 6411 to soins, 6412 to dépendance, the rest hébergement
    Function<CompteNum, SectionTarifaire> sections = n -> n.startsWith("6411") ? SectionTarifaire.SOINS
        : n.startsWith("6412") ? SectionTarifaire.DEPENDANCE : SectionTarifaire.HEBERGEMENT;
    RattachementTable ehpad = RattachementTable.parse("JOURNAL_CODE;PA;EHPAD\nJOURNAL_CODE;VE;EHPAD\n");
    List<String> lines = List.of(FecReadingTest.HEADER,
        "PA|Paie|1|20250131|641100|Soignants|||P1|20250131|Paie|700,00|0,00|||||",
        "PA|Paie|1|20250131|641200|Aides-soignants|||P1|20250131|Paie|300,00|0,00|||||",
        "PA|Paie|1|20250131|606100|Repas|||P1|20250131|Paie|200,00|0,00|||||",
        "PA|Paie|1|20250131|421000|Personnel|||P1|20250131|Paie|0,00|1200,00|||||",
        "VE|Ventes|2|20250131|411000|Résidents|||V1|20250131|Hébergement|1100,00|0,00|||||",
        "VE|Ventes|2|20250131|706000|Hébergement|||V1|20250131|Hébergement|0,00|1100,00|||||");
    Ventilation<SectionTarifaire> v = AccountsEngine.ventilate(fec(lines).lines(), ehpad, RepartitionKeys.none(), sections);
    ResultatDuCompte<SectionTarifaire> r = v.compte("EHPAD").orElseThrow();
    assertThat(r.charges()).containsExactly(Map.entry(SectionTarifaire.SOINS, eur("700.00")),
        Map.entry(SectionTarifaire.DEPENDANCE, eur("300.00")), Map.entry(SectionTarifaire.HEBERGEMENT, eur("200.00")));
    assertThat(r.produits()).containsExactly(Map.entry(SectionTarifaire.HEBERGEMENT, eur("1100.00")));
    assertThat(r.result()).isEqualTo(eur("-100.00"));
  }

  @Test
  void badTablesAreRejectedNamingTheLine() {
    assertThatThrownBy(() -> RattachementTable.parse("ACCOUNT_SUFFIX;01;IME\nANALYTIC;A1;IME\n"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("rattachementTable line 2")
        .hasMessageContaining("not a CodeSource");
    assertThatThrownBy(() -> RattachementTable.parse("ACCOUNT_SUFFIX;01;IME\nACCOUNT_SUFFIX;01;SESSAD\n"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("code given twice");
    assertThatThrownBy(() -> RattachementTable.parse("ACCOUNT_SUFFIX;01\n"))
        .hasMessageContaining("expected source;code;target");
    assertThatThrownBy(() -> RattachementTable.parse("# nothing\n")).hasMessageContaining("at least one row");
    assertThatThrownBy(() -> RepartitionKeys.parse("SIEGE;IME;-1\n")).hasMessageContaining("zero or above");
    assertThatThrownBy(() -> RepartitionKeys.parse("SIEGE;IME;0\nSIEGE;SESSAD;0\n"))
        .hasMessageContaining("needs a key above zero");
    assertThatThrownBy(() -> RepartitionKeys.parse("SIEGE;IME;1\nSIEGE;IME;2\n"))
        .hasMessageContaining("repartitionKeys line 2").hasMessageContaining("given twice");
    assertThatThrownBy(() -> RepartitionKeys.parse("SIEGE;IME;x\n")).hasMessageContaining("not a decimal");
    assertThatThrownBy(() -> RepartitionKeys.parse("SIEGE;DIRECTION;1\nDIRECTION;IME;1\n"))
        .hasMessageContaining("not into another pool");
  }

  @Test
  void tablesCompareByValue() {
    assertThat(RattachementTable.parse("ACCOUNT_SUFFIX;01;IME\n"))
        .isEqualTo(RattachementTable.of(List.of(Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "01", "IME"))))
        .hasSameHashCodeAs(RattachementTable.parse("# same\nACCOUNT_SUFFIX;01;IME\n"));
    Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
    weights.put("SIEGE", new LinkedHashMap<>(Map.of("IME", new BigDecimal("3.0"))));
    assertThat(RepartitionKeys.parse("SIEGE;IME;3\n")).isEqualTo(RepartitionKeys.of(weights));
    assertThat(CodeSource.JOURNAL_CODE.label(Locale.FRENCH)).isEqualTo("code journal");
    assertThat(CodeSource.ACCOUNT_SUFFIX.label(Locale.ENGLISH)).isEqualTo("suffix of the account number");
  }

  @Test
  void nullArgumentsAreNamed() {
    List<LigneFec> lines = fec(LEDGER).lines();
    assertThatThrownBy(() -> AccountsEngine.ventilate((Iterable<LigneFec>) null, TABLE, KEYS, GROUPS)).hasMessage("lines");
    assertThatThrownBy(() -> AccountsEngine.ventilate(lines, null, KEYS, GROUPS)).hasMessage("table");
    assertThatThrownBy(() -> AccountsEngine.ventilate(lines, TABLE, null, GROUPS)).hasMessage("keys");
    assertThatThrownBy(() -> AccountsEngine.ventilate(lines, TABLE, KEYS, null)).hasMessage("classifier");
    assertThatThrownBy(() -> AccountsEngine.ventilate((java.io.Reader) null, TABLE, KEYS, GROUPS)).hasMessage("reader");
    assertThatThrownBy(() -> Rattachement.of(null, "01", "IME")).hasMessage("source");
  }
}
