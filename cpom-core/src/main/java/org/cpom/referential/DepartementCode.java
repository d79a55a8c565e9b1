package org.cpom.referential;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The code of a French département (code officiel géographique): {@code 01}–{@code 19}, {@code 21}–{@code 95},
 * {@code 2A} and {@code 2B} (Corsica, which has no {@code 20} since 1976), or three digits overseas: {@code 971}
 * to {@code 978} ({@code 971} is Guadeloupe, {@code 976} Mayotte, {@code 975}, {@code 977} and {@code 978} the
 * collectivités of Saint-Pierre-et-Miquelon, Saint-Barthélemy and Saint-Martin) and {@code 984} to {@code 989}.
 * A Département is a tariff authority and a funder (aide sociale).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DepartementCode implements Comparable<DepartementCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORMAT = Pattern.compile("0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2A|2B|97[1-8]|98[4-9]");

  private final String code;

  private DepartementCode(String code) {
    this.code = code;
  }

  /**
   * Obtains a code.
   *
   * @param code the code, such as {@code "69"}, {@code "2A"} or {@code "974"}
   * @return the code
   * @throws CpomValidationException if the code is not a département code
   */
  public static DepartementCode of(String code) {
    Objects.requireNonNull(code, "code");
    if (!FORMAT.matcher(code).matches()) {
      throw new CpomValidationException(
          "departement", "\"" + (code.length() <= 10 ? code : code.substring(0, 10) + "...") + "\"",
          LegalBasis.convention(Convention.DEPARTEMENT_CODE), "expected 01-19, 21-95, 2A, 2B, 971-978 or 984-989");
    }
    return new DepartementCode(code);
  }

  /** Whether a text is a département code: what {@link #of(String)} accepts. */
  static boolean isValid(String code) {
    return FORMAT.matcher(code).matches();
  }

  /**
   * The code as text.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(DepartementCode other) {
    return code.compareTo(Objects.requireNonNull(other, "other").code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DepartementCode && ((DepartementCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
