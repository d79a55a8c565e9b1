package org.cpom.examples;

/**
 * Prints one section of the summary: a title and its tables, as text ending with a line feed.
 * {@link AssociationExample} prints its sections in order; adding a section is adding a printer to its list.
 */
@FunctionalInterface
public interface SectionPrinter {
  /**
   * The section as text.
   *
   * @param scenario what to print about
   * @return the text
   */
  String print(Scenario scenario);

  /**
   * A section title, underlined.
   *
   * @param title the title
   * @return the title and its underline, then a line feed
   */
  static String title(String title) {
    return title + "\n" + "=".repeat(title.codePointCount(0, title.length())) + "\n";
  }
}
