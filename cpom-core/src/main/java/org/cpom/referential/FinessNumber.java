package org.cpom.referential;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * A FINESS number (Fichier national des établissements sanitaires et sociaux): nine characters, the first
 * two naming the département.
 *
 * <p>Accepted: {@code 01}–{@code 19}, {@code 21}–{@code 95}, {@code 2A}, {@code 2B} (Corsica has no {@code 20}),
 * and {@code 97} or {@code 98} for the overseas départements and collectivités, followed by digits up to nine
 * characters. Overseas, the third character completes the code ({@code 974}), except that numbers written
 * {@code 970} then a digit {@code d} belong to {@code 97d} ({@code 9704…} is La Réunion): {@link org.cpom.Convention#FINESS_FORMAT},
 * not verified against the FINESS nomenclature, as is the FINESS check key, which is not enforced.
 * A FINESS juridique identifies an organisme gestionnaire, a FINESS géographique an ESMS; both have this
 * format.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinessNumber implements Comparable<FinessNumber>, Serializable {
  private static final long serialVersionUID = 1L;

  static final LegalBasis RULE = LegalBasis.convention(Convention.FINESS_FORMAT);
  private static final Pattern FORMAT = Pattern.compile("(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97|98)[0-9]{7}");

  private final String value;

  private FinessNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains a FINESS number from its nine characters; spaces are ignored, letters must be upper case.
   *
   * @param text the number, such as {@code "750000123"} or {@code "2A0001234"}
   * @return the number
   * @throws CpomValidationException if the format is wrong
   */
  public static FinessNumber of(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > 40) {
      throw new CpomValidationException("finess", "\"" + text.substring(0, 20) + "...\" (" + text.length() + " characters)",
          RULE, "expected 9 characters");
    }
    String compact = text.replace(" ", "");
    if (!FORMAT.matcher(compact).matches() || !DepartementCode.isValid(departementOf(compact))) {
      throw new CpomValidationException(
          "finess",
          "\"" + text + "\"",
          RULE,
          "expected 9 characters: a département (01-19, 21-95, 2A, 2B, 971-978, 984-989) then digits");
    }
    return new FinessNumber(compact);
  }

  /**
   * The département code the number starts with: two characters, or three for overseas ({@code 971}).
   *
   * @return the département code
   */
  public DepartementCode departement() {
    return DepartementCode.of(departementOf(value));
  }

  private static String departementOf(String nine) {
    if (nine.startsWith("970")) {
      return "97" + nine.charAt(3);
    }
    boolean overseas = nine.startsWith("97") || nine.startsWith("98");
    return nine.substring(0, overseas ? 3 : 2);
  }

  /**
   * The nine characters.
   *
   * @return the number
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(FinessNumber other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FinessNumber && ((FinessNumber) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
