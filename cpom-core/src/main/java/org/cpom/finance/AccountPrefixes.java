package org.cpom.finance;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cpom.LegalBasis;
import org.cpom.accounts.CompteNum;
import org.cpom.internal.Checks;

/** Sets of account-number prefixes read by the longest match, shared by the account lists of this package. */
final class AccountPrefixes {
  private AccountPrefixes() {}

  /** A checked, sorted, unmodifiable copy: each prefix one to {@link CompteNum#MAX_LENGTH} digits. */
  static SortedSet<String> of(Set<String> values, String field, LegalBasis rule) {
    SortedSet<String> out = new TreeSet<>();
    for (String p : Checks.noNulls(values, field)) {
      Checks.check(!p.isEmpty() && p.length() <= CompteNum.MAX_LENGTH && p.chars().allMatch(c -> c >= '0' && c <= '9'),
          field, p, rule, "an account prefix: 1 to " + CompteNum.MAX_LENGTH + " digits");
      out.add(p);
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /** Rejects a prefix given in both sets, which would leave its accounts on two sides. */
  static void disjoint(Set<String> a, Set<String> b, String field, LegalBasis rule) {
    for (String p : a) {
      Checks.check(!b.contains(p), field, p, rule, "a prefix is on one side only");
    }
  }

  /** The length of the longest prefix of the set the account starts with, 0 when none. */
  static int longest(Set<String> prefixes, CompteNum compte) {
    int best = 0;
    for (String p : prefixes) {
      if (p.length() > best && compte.startsWith(p)) {
        best = p.length();
      }
    }
    return best;
  }
}
