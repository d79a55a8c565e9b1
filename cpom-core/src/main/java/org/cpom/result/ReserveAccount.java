package org.cpom.result;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import org.cpom.LegalBasis;

/**
 * The reserve and report à nouveau accounts the allocation of results writes to (plan comptable des ESMS
 * privés, arrêté of 11 December 2014), with the article that gives each its role.
 *
 * <p>Each account holds its balance on its own side: credit for reserves and the report à nouveau
 * créditeur, debit for the report à nouveau débiteur (119) and the dépenses refusées (1141). A
 * {@link ReserveBalances} stores each balance as a positive or zero amount of that side.
 */
public enum ReserveAccount implements Labelled {
  /** 110, report à nouveau créditeur: R314-234 1° b (EPRD); drawn first on a deficit, 2° a. */
  REPORT_A_NOUVEAU_CREDITEUR("110", "Report à nouveau créditeur", "R314-234 1° b", false),
  /** 119, report à nouveau débiteur: R314-234 2° c; cleared first by a surplus, 1° a. */
  REPORT_A_NOUVEAU_DEBITEUR("119", "Report à nouveau débiteur", "R314-234 2° c", true),
  /** 10682, excédents affectés à l'investissement: R314-234 1° c, R314-51 II 2°. */
  EXCEDENTS_AFFECTES_INVESTISSEMENT("10682", "Excédents affectés à l'investissement", "R314-234 1° c", false),
  /** 10685, réserve de trésorerie (couverture du BFR): R314-234 1° e, R314-48 III. */
  RESERVE_DE_TRESORERIE("10685", "Réserve de trésorerie", "R314-48 III", false),
  /** 10686, réserve de compensation des déficits: R314-234 1° d and 2° b, R314-51 II 4° and III. */
  RESERVE_DE_COMPENSATION("10686", "Réserve de compensation des déficits", "R314-234 1° d", false),
  /** 10687, réserve de compensation des charges d'amortissement: R314-234 1° f, R314-51 II 6°. */
  RESERVE_DE_COMPENSATION_AMORTISSEMENTS(
      "10687", "Réserve de compensation des charges d'amortissement", "R314-234 1° f", false),
  /** 11511, excédent affecté à des mesures d'exploitation non reconductibles: R314-51 II 3°. */
  EXCEDENT_MESURES_NON_RECONDUCTIBLES(
      "11511", "Excédent affecté à des mesures d'exploitation non reconductibles", "R314-51 II 3°", false),
  /** 1141, dépenses refusées par l'autorité de tarification: R314-52. */
  DEPENSES_REFUSEES("1141", "Dépenses refusées (R314-52)", "R314-52", true);

  private final String number;
  private final String label;
  private final String article;
  private final boolean debit;

  ReserveAccount(String number, String label, String article, boolean debit) {
    this.number = number;
    this.label = label;
    this.article = article;
    this.debit = debit;
  }

  /**
   * The account number.
   *
   * @return e.g. "10686"
   */
  public String number() {
    return number;
  }

  /**
   * The French name of the account.
   *
   * @return e.g. "Réserve de compensation des déficits"
   */
  public String label() {
    return label;
  }

  /**
   * The article that gives the account its role in the allocation.
   *
   * @return e.g. "CASF R314-234 1° d"
   */
  public LegalBasis legalBasis() {
    return LegalBasis.casf(article);
  }

  /**
   * Whether the account holds a debit balance (119 and 1141) rather than a credit one.
   *
   * @return true for a debit account
   */
  public boolean isDebit() {
    return debit;
  }

  @Override
  public String toString() {
    return number + " " + label;
  }

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
      case REPORT_A_NOUVEAU_CREDITEUR -> TraceLabels.pick(locale, label, "surplus carried forward (report à nouveau créditeur)");
      case REPORT_A_NOUVEAU_DEBITEUR -> TraceLabels.pick(locale, label, "deficit carried forward (report à nouveau débiteur)");
      case EXCEDENTS_AFFECTES_INVESTISSEMENT -> TraceLabels.pick(locale, label, "surpluses allocated to investment");
      case RESERVE_DE_TRESORERIE -> TraceLabels.pick(locale, label, "treasury reserve (réserve de trésorerie)");
      case RESERVE_DE_COMPENSATION -> TraceLabels.pick(locale, label, "deficit compensation reserve (réserve de compensation)");
      case RESERVE_DE_COMPENSATION_AMORTISSEMENTS -> TraceLabels.pick(locale, label, "depreciation compensation reserve");
      case EXCEDENT_MESURES_NON_RECONDUCTIBLES -> TraceLabels.pick(locale, label, "surplus allocated to non-recurring operating measures");
      case DEPENSES_REFUSEES -> TraceLabels.pick(locale, label, "expenses rejected by the tariff authority (R314-52)");
    };
  }
}
