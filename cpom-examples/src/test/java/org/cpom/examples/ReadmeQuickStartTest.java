package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.Dgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.TariffMode;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DotationEngine;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentEngine;
import org.cpom.payment.PaymentKind;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.TariffAuthority;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, compiled and run. Each snippet lives in a test method of this module between the
 * comments {@code // quick-start:NAME:begin} and {@code // quick-start:NAME:end}; the README shows it in the
 * {@code java} block that follows the line {@code <!-- quick-start:NAME -->}. {@link
 * #everyReadmeSnippetIsTheCodeOfItsTest()} checks, for every marker found in the tests of this module, that
 * the README's block is the snippet (indentation normalised), and that the README has no marked block
 * without its test.
 */
class ReadmeQuickStartTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path TESTS = Path.of("src", "test", "java");
  private static final Pattern BEGIN = Pattern.compile("^\\s*// quick-start:([a-z0-9-]+):begin\\s*$");
  private static final Pattern README_MARK = Pattern.compile("^<!-- quick-start:([a-z0-9-]+)( .*)? -->$");

  @Test
  void oneDgcAndItsPayments() {
    // quick-start:dgc:begin
    TariffAuthority ars = TariffAuthority.ars("Auvergne-Rhône-Alpes");
    Gestionnaire g = Gestionnaire.of(FinessNumber.of("690000003"), "Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT);
    Funding am = Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ars);
    Esms ime = Esms.builder().finess(FinessNumber.of("690000011")).name("IME").category(EsmsCategory.IME)
        .gestionnaire(g.finess()).addFundings(am).build();
    Esms mas = Esms.builder().finess(FinessNumber.of("690000029")).name("MAS").category(EsmsCategory.MAS)
        .gestionnaire(g.finess()).addFundings(am).build();
    Cpom cpom = Cpom.builder().id("CPOM-1").name("CPOM 2025-2029").basis(CpomBasis.L313_12_2).gestionnaire(g)
        .addAuthorities(ars).startDate(LocalDate.of(2025, 1, 1)).durationYears(5).addPerimeter(ime, mas)
        .addDgcs(Dgc.of("DGC ARS", ars, Funder.assuranceMaladie(), DgcMember.of(ime, TariffMode.CAMPAIGN_RATE),
            DgcMember.of(mas, TariffMode.CAMPAIGN_RATE))).build();
    ResolvedDgc dgc = cpom.dgc("DGC ARS");   // basis, years, gestionnaire: from the contract
    DgcDotation dotation = DotationEngine.compute(dgc, DgcYear.atCampaignRate(Year.of(2025), dgc, Rate.ofPercent("1.20")),
        Map.of(ime.finess(), Amount.of("1800000.00"), mas.finess(), Amount.of("3100000.00")));   // the 2024 bases
    DgcPaymentSchedule payments = PaymentEngine.schedule(dotation, LocalDate.of(2025, 4, 10));
    System.out.println(dotation.total() + "; " + payments.dgc().payments().get(3));
    // quick-start:dgc:end

    assertThat(dotation.total()).isEqualTo(Amount.of("4958800.00"));
    assertThat(dotation.esms(ime.finess()).amount()).isEqualTo(Amount.of("1821600.00"));
    assertThat(dotation.esms(mas.finess()).amount()).isEqualTo(Amount.of("3137200.00"));
    List<Payment> dgcPayments = payments.dgc().payments();
    assertThat(dgcPayments).extracting(Payment::kind).startsWith(PaymentKind.ADVANCE, PaymentKind.ADVANCE,
        PaymentKind.ADVANCE, PaymentKind.CATCH_UP);
    Payment catchUp = dgcPayments.get(3);
    assertThat(catchUp.date()).isEqualTo(LocalDate.of(2025, 4, 18));
    assertThat(catchUp.amount()).isEqualTo(Amount.of("427933.34"));
    assertThat(catchUp.toString()).isEqualTo("2025-04-18 CATCH_UP EUR 427933.34");
    assertThat(payments.dgc().total()).isEqualTo(dotation.total());
    assertThat(payments.esms().get(ime.finess()).total()).isEqualTo(Amount.of("1821600.00"));
  }

  @Test
  void everyReadmeSnippetIsTheCodeOfItsTest() throws IOException {
    Map<String, String> snippets = snippetsOfTests();
    Map<String, String> blocks = readmeBlocks(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(snippets).containsKey("dgc");
    assertThat(blocks.keySet()).as("README blocks marked <!-- quick-start:NAME -->").isEqualTo(snippets.keySet());
    snippets.forEach((name, code) -> assertThat(blocks.get(name)).as("README block quick-start:" + name)
        .isEqualTo(code));
  }

  @Test
  void aSnippetIsReadWithItsIndentationNormalised() {
    List<String> lines = List.of("class X {", "  void m() {", "    // quick-start:x:begin", "    int a = 1;",
        "      // indented", "", "    int b = a;", "    // quick-start:x:end", "  }");
    assertThat(snippets(lines)).containsExactly(Map.entry("x", "int a = 1;\n  // indented\n\nint b = a;"));
    List<String> readme = List.of("text", "<!-- quick-start:x (compiled by a test) -->", "```java", "  int a = 1;",
        "    // indented", "", "  int b = a;", "```", "more");
    assertThat(readmeBlocks(readme)).containsExactly(Map.entry("x", "int a = 1;\n  // indented\n\nint b = a;"));
  }

  /** The snippets between the markers of every test source of this module, by name. */
  static Map<String, String> snippetsOfTests() throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        snippets(Files.readAllLines(p, StandardCharsets.UTF_8)).forEach((name, code) -> {
          assertThat(all.put(name, code)).as("quick-start:" + name + " marked twice").isNull();
        });
      }
    }
    return all;
  }

  /** The snippets of one source, by the name of their markers. */
  static Map<String, String> snippets(List<String> lines) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = BEGIN.matcher(lines.get(i));
      if (m.matches()) {
        String end = "// quick-start:" + m.group(1) + ":end";
        List<String> body = new ArrayList<>();
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).trim().equals(end)) {
          body.add(lines.get(j++));
        }
        assertThat(j).as("the end marker of quick-start:" + m.group(1)).isLessThan(lines.size());
        out.put(m.group(1), normalised(body));
        i = j;
      }
    }
    return out;
  }

  /** The {@code java} blocks of the README that follow a {@code <!-- quick-start:NAME -->} line, by name. */
  static Map<String, String> readmeBlocks(List<String> lines) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = README_MARK.matcher(lines.get(i).trim());
      if (m.matches()) {
        assertThat(lines.get(i + 1).trim()).as("the line after the README marker of " + m.group(1))
            .isEqualTo("```java");
        List<String> body = new ArrayList<>();
        int j = i + 2;
        while (j < lines.size() && !lines.get(j).trim().equals("```")) {
          body.add(lines.get(j++));
        }
        assertThat(out.put(m.group(1), normalised(body))).as("README block quick-start:" + m.group(1) + " twice")
            .isNull();
        i = j;
      }
    }
    return out;
  }

  /** The lines without their common indentation and trailing spaces, joined by newlines. */
  static String normalised(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.joining("\n")).strip();
  }
}
