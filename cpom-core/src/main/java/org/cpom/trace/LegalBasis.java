package org.cpom.trace;

import java.io.Serializable;
import java.util.Objects;
import org.cpom.internal.Checks;

/**
 * Where a figure or a rule comes from: an article of law, a contract clause, or a convention of the library
 * (its text starts with "cpom convention:").
 *
 * <p>Examples: {@code LegalBasis.casf("R314-107")} reads "CASF R314-107";
 * {@code LegalBasis.clause("art. 4.2")} reads "CPOM clause art. 4.2".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalBasis implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String text;

  private LegalBasis(String text) {
    this.text = text;
  }

  /**
   * A reference given as free text, such as {@code "arrêté du 3 mars 2017"}.
   *
   * @param text the reference, not blank
   * @return the basis
   */
  public static LegalBasis of(String text) {
    Objects.requireNonNull(text, "text");
    return new LegalBasis(Checks.notBlank(text, "legalBasis").trim());
  }

  /**
   * An article of the Code de l'action sociale et des familles.
   *
   * @param article the article and any paragraph, such as {@code "R314-43-2 III"}
   * @return the basis "CASF " + article
   */
  public static LegalBasis casf(String article) {
    return of("CASF " + Checks.notBlank(article, "article").trim());
  }

  /**
   * A clause of the contract itself.
   *
   * @param clause the clause, such as {@code "art. 4.2"}
   * @return the basis "CPOM clause " + clause
   */
  public static LegalBasis clause(String clause) {
    return of("CPOM clause " + Checks.notBlank(clause, "clause").trim());
  }

  /**
   * The reference as text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LegalBasis && ((LegalBasis) obj).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
