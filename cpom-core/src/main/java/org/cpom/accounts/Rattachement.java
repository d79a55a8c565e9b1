package org.cpom.accounts;

import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.TextInput;

/**
 * One row of a {@link RattachementTable}: the FEC lines whose {@link #source()} holds {@link #code()} belong to
 * {@link #target()}, the id of a compte de résultat (an ESMS or an annex; the id that
 * {@code org.cpom.result.CompteDeResultat#id()} holds) or of a pool of charges communes that a
 * {@link RepartitionKeys} splits.
 *
 * <p>This class is immutable and thread-safe; two rows are equal when their parts are.
 */
public final class Rattachement {
  /** The longest code or target. */
  public static final int MAX_CODE = 40;

  private final CodeSource source;
  private final String field;
  private final String code;
  private final String target;

  private Rattachement(CodeSource source, String field, String code, String target) {
    this.source = source;
    this.field = field;
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
    Checks.check(source != CodeSource.ADDITIONAL_FIELD, "rattachement.source", source, RattachementTable.FORMAT_RULE,
        "a row on an added field names the field: Rattachement.ofField");
    return checked(source, null, code, target);
  }

  /**
   * Assembles a row on a field the FEC adds after the 18 ({@link CodeSource#ADDITIONAL_FIELD}): the lines whose
   * field {@code field} holds {@code code}.
   *
   * @param field the field's name in the FEC's header, compared exactly, such as {@code CodeAnalytique}; not blank,
   *     at most {@value #MAX_CODE} characters
   * @param code the code, not blank, at most {@value #MAX_CODE} characters
   * @param target the id of the compte de résultat or of the pool
   * @return the row
   * @throws org.cpom.CpomValidationException if a part is blank, too long, has a space at either end or a control
   *     character
   */
  public static Rattachement ofField(String field, String code, String target) {
    Checks.notBlank(field, "rattachement.field");
    TextInput.checkValue(field, "rattachement.field", MAX_CODE);
    Checks.check(field.strip().equals(field), "rattachement.field", field, RattachementTable.FORMAT_RULE,
        "a field name has no leading or trailing space");
    return checked(CodeSource.ADDITIONAL_FIELD, field, code, target);
  }

  private static Rattachement checked(CodeSource source, String field, String code, String target) {
    Checks.notBlank(code, "rattachement.code");
    Checks.notBlank(target, "rattachement.target");
    TextInput.checkValue(code, "rattachement.code", MAX_CODE);
    TextInput.checkValue(target, "rattachement.target", MAX_CODE);
    Checks.check(code.strip().equals(code), "rattachement.code", code, RattachementTable.FORMAT_RULE,
        "a code has no leading or trailing space");
    Checks.check(target.strip().equals(target), "rattachement.target", target, RattachementTable.FORMAT_RULE,
        "an id has no leading or trailing space");
    return new Rattachement(source, field, code, target);
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
   * The name of the added field the code is read in, for {@link CodeSource#ADDITIONAL_FIELD}.
   *
   * @return the field's name, empty for the other sources
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
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
        && Objects.equals(((Rattachement) obj).field, field) && ((Rattachement) obj).code.equals(code)
        && ((Rattachement) obj).target.equals(target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, field, code, target);
  }

  @Override
  public String toString() {
    return source + (field == null ? "" : ":" + field) + ";" + code + ";" + target;
  }
}
