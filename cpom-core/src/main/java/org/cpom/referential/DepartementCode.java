package org.cpom.referential;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cpom.CpomValidationException;

/**
 * The code of a French département (RULES 1): {@code 01}–{@code 95}, {@code 2A}, {@code 2B}, or three
 * digits overseas, {@code 97} or {@code 98} then any digit ({@code 970}–{@code 989}; {@code 971} is
 * Guadeloupe). A Département is a tariff authority and a funder (aide sociale).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DepartementCode implements Comparable<DepartementCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORMAT = Pattern.compile("0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|9[78][0-9]");

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
          "departement", "\"" + code + "\"", "RULES 1: département code", "expected 01-95, 2A, 2B or 97x/98x");
    }
    return new DepartementCode(code);
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
