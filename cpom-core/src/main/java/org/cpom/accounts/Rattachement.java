package org.cpom.accounts;

import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.internal.TextInput;

/**
 * One row of a {@link RattachementTable}: the FEC lines whose {@link #source()} holds {@link #code()} belong to
 * {@link #target()}, the id of a compte de résultat (an ESMS or an annex; the id that
 * {@code org.cpom.result.CompteDeResultat#id()} holds) or of a pool of charges communes that a
 * {@link RepartitionKeys} splits.
 *
 * <p>This class is immutable and thread-safe; two rows are equal when their three parts are.
 */
public final class Rattachement {
  /** The longest code or target. */
  public static final int MAX_CODE = 40;

  private final CodeSource source;
  private final String code;
  private final String target;

  private Rattachement(CodeSource source, String code, String target) {
    this.source = source;
    this.code = code;
    this.target = target;
  }

  /**
   * Assembles a row.
   *
   * @param source where the code is read
   * @param code the code, not blank, at most {@value #MAX_CODE} characters
   * @param target the id of the compte de résultat or of the pool, not blank, at most {@value #MAX_CODE}
   *     characters
   * @return the row
   * @throws org.cpom.CpomValidationException if the code or the target is blank, too long or holds a control
   *     character
   */
  public static Rattachement of(CodeSource source, String code, String target) {
    Objects.requireNonNull(source, "source");
    Checks.notBlank(code, "rattachement.code");
    Checks.notBlank(target, "rattachement.target");
    TextInput.checkValue(code, "rattachement.code", MAX_CODE);
    TextInput.checkValue(target, "rattachement.target", MAX_CODE);
    Checks.check(code.strip().equals(code), "rattachement.code", code, RattachementTable.FORMAT_RULE,
        "a code has no leading or trailing space");
    Checks.check(target.strip().equals(target), "rattachement.target", target, RattachementTable.FORMAT_RULE,
        "an id has no leading or trailing space");
    return new Rattachement(source, code, target);
  }

  /**
   * Where the code is read.
   *
   * @return the source
   */
  public CodeSource source() {
    return source;
  }

  /**
   * The code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The id of the compte de résultat or of the pool of charges communes.
   *
   * @return the id
   */
  public String target() {
    return target;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rattachement && ((Rattachement) obj).source == source
        && ((Rattachement) obj).code.equals(code) && ((Rattachement) obj).target.equals(target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, code, target);
  }

  @Override
  public String toString() {
    return source + ";" + code + ";" + target;
  }
}
