package org.cpom.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the summary of the association's CPOM: contract, perimeter, financial clause, milestones,
 * fiches-actions, grille d'état d'avancement and late steps.
 *
 * <p>Run it with {@code mvn -q -pl cpom-examples -am compile exec:java}. The summary is a list of
 * {@link SectionPrinter}s over one {@link Scenario}; later sections (DGC, payments, results, budget) are
 * appended to {@link #printers()}.
 */
public final class AssociationExample {
  private AssociationExample() {}

  /**
   * The section printers, in the order they print.
   *
   * @return the printers
   */
  public static List<SectionPrinter> printers() {
    List<SectionPrinter> printers = new ArrayList<>(ContractSections.all());
    printers.add(captured(DotationExample::print));
    printers.add(captured(ResultExample::print));
    printers.add(captured(BudgetExample::print));
    return List.copyOf(printers);
  }

  /** A section written by an engine example to a stream, captured as text. */
  static SectionPrinter captured(Consumer<PrintStream> example) {
    return scenario -> {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
        example.accept(out);
      }
      return buffer.toString(StandardCharsets.UTF_8);
    };
  }

  /**
   * The whole summary of a scenario.
   *
   * @param scenario the scenario
   * @return the text, sections separated by a blank line
   */
  public static String summary(Scenario scenario) {
    StringBuilder out = new StringBuilder();
    for (SectionPrinter p : printers()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(p.print(scenario));
    }
    return out.toString();
  }

  /**
   * Prints the summary of the association's scenario.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.print(summary(AssociationCpom.scenario()));
  }
}
