package org.cpom.budget;

import org.cpom.internal.Checks;
import org.cpom.internal.TextInput;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * One row of an {@link AccountMapping}: every account starting with {@link #prefix()} belongs to
 * {@link #group()}, unless a longer prefix says otherwise.
 *
 * <p>A class 6 prefix must go to a charges group and a class 7 prefix to a produits group (CASF R314-13). The
 * label and the source hold no control character, are at most {@value AccountMapping#MAX_LABEL} and {@value
 * AccountMapping#MAX_SOURCE} characters, and do not start with {@code =}, {@code +}, {@code -} or {@code @}
 * ({@link org.cpom.Convention#TEXT_INPUT}: text input).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MappingEntry {
  MappingEntry() {}

  /**
   * Creates an entry.
   *
   * @param prefix the account prefix, digits, class 6 or 7, such as {@code "6226"}
   * @param group the groupe fonctionnel
   * @param status how far the group was checked
   * @param label the label of the account in the plan comptable
   * @param source where the account and its group were read, possibly empty
   * @return the entry
   */
  public static MappingEntry of(String prefix, GroupeFonctionnel group, MappingStatus status, String label, String source) {
    return ImmutableMappingEntry.of(prefix, group, status, label, source);
  }

  /**
   * The account prefix.
   *
   * @return digits, starting with 6 or 7
   */
  @Value.Parameter
  public abstract String prefix();

  /**
   * The groupe fonctionnel of the accounts under the prefix.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract GroupeFonctionnel group();

  /**
   * How far the group was checked.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract MappingStatus status();

  /**
   * The label of the account.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Where the account and its group were read.
   *
   * @return the source, possibly empty
   */
  @Value.Parameter
  public abstract String source();

  @Value.Check
  void check() {
    Accounts.check(prefix(), "mappingEntry.prefix");
    Checks.check(Accounts.isCharges(prefix()) == group().isCharges(), "mappingEntry.group", group(),
        LegalBasis.casf("R314-13"), "prefix " + prefix() + " is a " + (Accounts.isCharges(prefix()) ? "charges" : "produits")
            + " account and cannot go to " + group());
    Checks.notBlank(label(), "mappingEntry.label");
    // the same checks as a parsed table's, for an entry built directly
    TextInput.checkValue(label(), "mappingEntry.label", AccountMapping.MAX_LABEL);
    TextInput.checkValue(source(), "mappingEntry.source", AccountMapping.MAX_SOURCE);
  }
}
