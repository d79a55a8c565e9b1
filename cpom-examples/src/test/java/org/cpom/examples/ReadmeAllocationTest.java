package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.TariffAuthority;
import org.cpom.result.AllocationDecision;
import org.cpom.result.AllocationProposal;
import org.cpom.result.ClosedExercice;
import org.cpom.result.ClosingResult;
import org.cpom.result.CompteDeResultat;
import org.cpom.result.MandatorySteps;
import org.cpom.result.ReserveAccount;
import org.cpom.result.ReserveLedger;
import org.cpom.result.ResultEngine;
import org.junit.jupiter.api.Test;

/** The README's quick start "One allocation", compiled and run here; the README block must equal it. */
class ReadmeAllocationTest {
  static final String BEGIN = "// quick-start:allocation:begin";
  static final String END = "// quick-start:allocation:end";
  static final Path SELF = Path.of("src/test/java/org/cpom/examples/ReadmeAllocationTest.java");
  static final Path README = Path.of("../README.md");

  /**
   * The contract of the README's DGC snippet (its DGC left out, which the allocation does not read): an
   * L313-12-2 CPOM (EPRD) of a private gestionnaire, with no result-allocation clause.
   */
  static Cpom contract() {
    TariffAuthority ars = TariffAuthority.ars("Auvergne-Rhône-Alpes");
    Gestionnaire g = Gestionnaire.of(FinessNumber.of("690000003"), "Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT);
    Funding am = Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ars);
    Esms ime = Esms.builder().finess(FinessNumber.of("690000011")).name("IME").category(EsmsCategory.IME)
        .gestionnaire(g.finess()).addFundings(am).build();
    Esms mas = Esms.builder().finess(FinessNumber.of("690000029")).name("MAS").category(EsmsCategory.MAS)
        .gestionnaire(g.finess()).addFundings(am).build();
    return Cpom.builder().id("CPOM-1").name("CPOM 2025-2029").basis(CpomBasis.L313_12_2).gestionnaire(g)
        .addAuthorities(ars).startDate(LocalDate.of(2025, 1, 1)).durationYears(5).addPerimeter(ime, mas).build();
  }

  @Test
  void oneAllocation() {
    Cpom cpom = contract();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      // quick-start:allocation:begin
      CompteDeResultat compte = CompteDeResultat.of("IME", "IME Les Tilleuls");
      ClosedExercice exercice = ClosedExercice.builder().contract(cpom)   // basis, EPRD, clause, gestionnaire
          .exercice(Year.of(2025)).ledger(ReserveLedger.empty(Year.of(2024)))
          .addResults(ClosingResult.of(compte, Amount.of("18500.00"))).build();
      MandatorySteps steps = ResultEngine.mandatorySteps(exercice).get(0);
      System.out.println(steps.freeSurplus());                       // EUR 18500.00, nothing to clear first
      AllocationProposal proposal = AllocationProposal.builder()    // by the gestionnaire, who allocates
          .allocate(compte, SurplusDestination.RESERVE_DE_COMPENSATION, Amount.of("18500.00")).build();
      System.out.println(ResultEngine.validate(exercice, proposal)); // [] (no violation)
      AllocationDecision decision = ResultEngine.allocate(exercice, proposal);
      System.out.println(decision.ledger().balances("IME"));         // {10686=EUR 18500.00}
      // quick-start:allocation:end

      assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
          "EUR 18500.00", "[]", "{10686=EUR 18500.00}");
      assertThat(steps.movements()).isEmpty();
      assertThat(decision.movements()).hasSize(1);
      assertThat(decision.movements().get(0).amount()).isEqualTo(Amount.of("18500.00"));
      assertThat(decision.ledger().balances("IME").balance(ReserveAccount.RESERVE_DE_COMPENSATION))
          .isEqualTo(Amount.of("18500.00"));
      assertThat(decision.ledger().latestExercice()).isEqualTo(Year.of(2025));
    } finally {
      System.setOut(console);
    }
  }

  @Test
  void theReadmeShowsTheSnippetAsTested() throws IOException {
    List<String> snippet = marked(Files.readAllLines(SELF, StandardCharsets.UTF_8));
    List<String> block = javaBlockAfter(Files.readAllLines(README, StandardCharsets.UTF_8), "One allocation");
    assertThat(snippet).as("the snippet between the markers").hasSizeGreaterThan(3).hasSizeLessThanOrEqualTo(15);
    assertThat(block).as("README's java block after the heading \"One allocation\"")
        .isEqualTo(snippet);
  }

  /** The lines between the markers, their common indentation removed. */
  static List<String> marked(List<String> lines) {
    int begin = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(BEGIN)) {
        begin = i;
      } else if (lines.get(i).trim().equals(END)) {
        end = i;
      }
    }
    assertThat(begin).as("begin marker").isNotNegative();
    assertThat(end).as("end marker").isGreaterThan(begin);
    return dedented(lines.subList(begin + 1, end));
  }

  /** The first ```java block after the markdown heading whose text is the one given, dedented. */
  static List<String> javaBlockAfter(List<String> lines, String heading) {
    int i = 0;
    while (i < lines.size() && !(lines.get(i).startsWith("#") && lines.get(i).replaceFirst("^#+\\s*", "")
        .trim().equals(heading))) {
      i++;
    }
    assertThat(i).as("heading " + heading).isLessThan(lines.size());
    while (i < lines.size() && !lines.get(i).trim().equals("```java")) {
      i++;
    }
    List<String> block = new ArrayList<>();
    for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
      block.add(lines.get(i));
    }
    return dedented(block);
  }

  static List<String> dedented(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(indent).stripTrailing());
    }
    return out;
  }
}
