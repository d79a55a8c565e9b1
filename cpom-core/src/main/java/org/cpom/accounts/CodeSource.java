package org.cpom.accounts;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * Where a {@link Rattachement} reads the code that ties a FEC line to a compte de résultat (code de
 * rattachement). The 18 fields of LPF A47 A-1 VII have no analytic field: an ERP carries the establishment or the
 * analytic section in the journal code (one journal per établissement), at the end of the account number (a
 * suffix after the plan comptable's digits, such as {@code 60611000} + {@code 01}), or in a field of its own after
 * the 18 (such as {@code CodeAnalytique}).
 */
public enum CodeSource implements Labelled {
  /** Field 1, JournalCode, compared whole: an établissement's own journal. */
  JOURNAL_CODE,
  /** The end of field 5, CompteNum: the code is a suffix of the account number (the longest suffix wins). */
  ACCOUNT_SUFFIX,
  /** A field after the 18, named by the row ({@link Rattachement#field()}), compared whole. */
  ADDITIONAL_FIELD;

  /**
   * The label in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case JOURNAL_CODE -> TraceLabels.pick(locale, "code journal", "journal code");
      case ACCOUNT_SUFFIX -> TraceLabels.pick(locale, "suffixe du numéro de compte", "suffix of the account number");
      case ADDITIONAL_FIELD -> TraceLabels.pick(locale, "champ ajouté au FEC", "field added to the FEC");
    };
  }
}
