package org.cpom.accounts;

import java.io.Serializable;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.internal.TextInput;

/**
 * An account number (numéro de compte, the FEC's {@code CompteNum}, LPF A47 A-1 VII): 1 to 40 characters, without
 * space or control character. The plan comptable's numbers begin with three digits (the class, then the
 * account); a number that does not is accepted here, and the FEC reader warns about it, as the DGFiP's checker
 * does. Compared and ordered as text, so {@code 6011} comes before {@code 602}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompteNum implements Comparable<CompteNum>, Serializable {
  private static final long serialVersionUID = 1L;
  /** The longest account number accepted, in characters. */
  public static final int MAX_LENGTH = 40;

  private final String number;

  private CompteNum(String number) {
    this.number = number;
  }

  /**
   * The account number written as given.
   *
   * @param number the number, such as {@code "6061"}
   * @return the account number
   * @throws CpomValidationException if it is empty, longer than {@value #MAX_LENGTH} characters, or holds a
   *     space or a control character
   */
  public static CompteNum of(String number) {
    Objects.requireNonNull(number, "number");
    String problem = problem(number);
    if (problem != null) {
      throw new CpomValidationException("compteNum", TextInput.shown(number), Articles.FEC, problem);
    }
    return new CompteNum(number);
  }

  /** What is wrong with a number, or null. */
  static String problem(String number) {
    if (number.isEmpty()) {
      return "empty";
    }
    if (number.length() > MAX_LENGTH) {
      return "longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c > ' ' && c < '\u007F') {
        continue; // printable ASCII, the usual case, is neither a space nor a control character
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        return "a space or control character at " + i;
      }
    }
    return null;
  }

  /** A number already checked. */
  static CompteNum checked(String number) {
    return new CompteNum(number);
  }

  /**
   * Whether the number begins with three ASCII digits, as the plan comptable's do.
   *
   * @return true if it does
   */
  public boolean startsWithThreeDigits() {
    if (number.length() < 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the number begins with a prefix, such as a class ({@code "6"}) or an account ({@code "655"}).
   *
   * @param prefix the prefix
   * @return true if it does
   */
  public boolean startsWith(String prefix) {
    return number.startsWith(Objects.requireNonNull(prefix, "prefix"));
  }

  /**
   * The number as text.
   *
   * @return the number
   */
  public String number() {
    return number;
  }

  @Override
  public int compareTo(CompteNum other) {
    return number.compareTo(other.number);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CompteNum && ((CompteNum) obj).number.equals(number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  /** The number as text. */
  @Override
  public String toString() {
    return number;
  }
}
