package org.cpom.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the association's dialogue de gestion report of 2026 as one self-contained HTML page
 * ({@link DialogueReport}, {@link HtmlReport}): open it in any browser, nothing is fetched.
 */
public final class DialogueReportExample {
  private DialogueReportExample() {}

  /**
   * Writes the page.
   *
   * @param args the file to write, {@code target/rapport-dialogue-2026.html} by default
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/rapport-dialogue-2026.html").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, HtmlReport.render(DialogueReport.rapport2026(), AssociationExample.contract()),
        StandardCharsets.UTF_8);
    System.out.println("Rapport du dialogue de gestion 2026 : " + file);
  }
}
