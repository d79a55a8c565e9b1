package org.cpom.budget;

import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/** Checks on account numbers of the plan comptable: digits only, class 6 (charges) or 7 (produits). */
final class Accounts {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BUDGET_ACCOUNT);
  static final int MAX_LENGTH = 15;

  private Accounts() {}

  /**
   * Checks that a text is a budget account number.
   *
   * @param account the account number
   * @param field the field name used in an error
   */
  static void check(String account, String field) {
    Objects.requireNonNull(account, field);
    boolean digits = !account.isEmpty() && account.length() <= MAX_LENGTH
        && account.chars().allMatch(c -> c >= '0' && c <= '9');
    Checks.check(digits, field, "\"" + account + "\"", RULE, "an account number is 1 to 15 digits");
    Checks.check(account.charAt(0) == '6' || account.charAt(0) == '7', field, account, RULE,
        "a budget account is in class 6 (charges) or class 7 (produits)");
  }

  static boolean isCharges(String account) {
    return account.charAt(0) == '6';
  }
}
