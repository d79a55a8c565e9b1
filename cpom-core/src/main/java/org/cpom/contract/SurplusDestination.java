package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

import java.util.Objects;
import java.util.Optional;
import org.cpom.LegalBasis;

/**
 * Where the free part of a surplus (excédent) may go, under one regime or both.
 *
 * <p>Under the EPRD, R314-234 1° b to f lists report à nouveau créditeur, investment, réserve de
 * compensation, réserve de trésorerie and the reserve for the depreciation of safety works. Under the
 * traditional budget, R314-51 II lists reduction of charges, investment, non-recurring operating measures,
 * réserve de compensation, réserve de trésorerie and the same depreciation reserve; it has no report à
 * nouveau. A contract may narrow these lists ({@link ResultAllocationClause#allowedDestinations()}).
 */
public enum SurplusDestination implements Labelled {
  /** Report à nouveau créditeur (account 110); EPRD only, R314-234 1° b. */
  REPORT_A_NOUVEAU("Report à nouveau créditeur", "R314-234 1° b", null),
  /** Excédents affectés à l'investissement (10682); R314-234 1° c, R314-51 II 2°. */
  INVESTISSEMENT("Investissement", "R314-234 1° c", "R314-51 II 2°"),
  /** Réserve de compensation des déficits (10686); R314-234 1° d, R314-51 II 4°. */
  RESERVE_DE_COMPENSATION("Réserve de compensation des déficits", "R314-234 1° d", "R314-51 II 4°"),
  /** Réserve de trésorerie, capped by the BFR (10685); R314-234 1° e, R314-51 II 5°, R314-48 III. */
  RESERVE_DE_TRESORERIE("Réserve de trésorerie", "R314-234 1° e", "R314-51 II 5°"),
  /** Réserve de compensation des charges d'amortissement of safety works (10687); R314-234 1° f, R314-51 II 6°. */
  RESERVE_AMORTISSEMENTS("Réserve de compensation des charges d'amortissement", "R314-234 1° f", "R314-51 II 6°"),
  /** Non-recurring operating measures (11511); traditional budget only, R314-51 II 3°. */
  MESURES_NON_RECONDUCTIBLES("Mesures d'exploitation non reconductibles", null, "R314-51 II 3°"),
  /** Reduction of the operating charges of a later exercice (no reserve account); traditional only, R314-51 II 1°. */
  REDUCTION_DES_CHARGES("Réduction des charges d'exploitation", null, "R314-51 II 1°");

  private final String label;
  private final String eprdArticle;
  private final String traditionalArticle;

  SurplusDestination(String label, String eprdArticle, String traditionalArticle) {
    this.label = label;
    this.eprdArticle = eprdArticle;
    this.traditionalArticle = traditionalArticle;
  }

  /**
   * The French label.
   *
   * @return e.g. "Investissement"
   */
  public String label() {
    return label;
  }

  /**
   * The article that opens this destination under a budget framework.
   *
   * @param framework the framework of the contract
   * @return the article, or empty if the framework does not allow this destination
   */
  public Optional<LegalBasis> basisUnder(BudgetFramework framework) {
    Objects.requireNonNull(framework, "framework");
    String article = framework == BudgetFramework.EPRD ? eprdArticle : traditionalArticle;
    return Optional.ofNullable(article).map(LegalBasis::casf);
  }

  /**
   * Whether the budget framework allows this destination at all.
   *
   * @param framework the framework of the contract
   * @return true if the law of that framework lists it
   */
  public boolean isAllowedUnder(BudgetFramework framework) {
    return basisUnder(framework).isPresent();
  }

  /**
   * The label in French or English (affectation de l'excédent; French as {@link #label()}).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return TraceLabels.isFrench(locale) ? label : switch (this) {
      case REPORT_A_NOUVEAU -> "Credit carried forward (report à nouveau)";
      case INVESTISSEMENT -> "Investment";
      case RESERVE_DE_COMPENSATION -> "Reserve to cover deficits";
      case RESERVE_DE_TRESORERIE -> "Treasury reserve";
      case RESERVE_AMORTISSEMENTS -> "Reserve to cover depreciation charges";
      case MESURES_NON_RECONDUCTIBLES -> "Non-recurring operating measures";
      case REDUCTION_DES_CHARGES -> "Reduction of operating charges";
    };
  }
}
