package org.cpom.dotation;

import java.util.Locale;
import org.cpom.LegalBasis;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The five cases in which the tariff authority may ask, during the exercice and by a reasoned decision, for a
 * décision modificative (cas de demande de DM, CASF R314-230 I as rewritten by décret n° 2023-1428).
 */
public enum CasDeDemandeDm implements Labelled {
  /** 1°: the limitative envelopes (L313-8, L314-3, L314-3-2, L314-4) changed after the tariff was set. */
  DOTATIONS_LIMITATIVES("1°", false),
  /** 2°: a decision of the tariff judge to apply. */
  DECISION_DU_JUGE_DU_TARIF("2°", false),
  /** 3°: the allocation of the result does not match the objectives of the CPOM. */
  AFFECTATION_NON_CONFORME("3°", true),
  /** 4°: recovery of undue payments (indus, L313-14-2 and L314-2-3 IV). */
  RECUPERATION_D_INDUS("4°", true),
  /** 5°: the R314-43-3 modulation takes effect on a year whose R314-211 document was already sent. */
  MODULATION_RETROACTIVE("5°", true);

  private final String item;
  private final boolean carried;

  CasDeDemandeDm(String item, boolean carried) {
    this.item = item;
    this.carried = carried;
  }

  /**
   * The item of R314-230 I.
   *
   * @return e.g. "CASF R314-230 I 3°"
   */
  public LegalBasis legalBasis() {
    return LegalBasis.casf("R314-230 I " + item);
  }

  /**
   * Whether, failing a DM, its tariff impact is carried into the next EPRD (R314-230 II: cases 3° to 5°).
   *
   * @return true for 3°, 4° and 5°
   */
  public boolean reporteSansDm() {
    return carried;
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
      case DOTATIONS_LIMITATIVES -> TraceLabels.pick(locale, "modification des dotations limitatives",
          "limitative envelopes changed");
      case DECISION_DU_JUGE_DU_TARIF -> TraceLabels.pick(locale, "décision du juge du tarif",
          "decision of the tariff judge");
      case AFFECTATION_NON_CONFORME -> TraceLabels.pick(locale, "affectation du résultat non conforme aux objectifs du CPOM",
          "result allocation not in line with the objectives of the CPOM");
      case RECUPERATION_D_INDUS -> TraceLabels.pick(locale, "récupération d'indus", "recovery of undue payments");
      case MODULATION_RETROACTIVE -> TraceLabels.pick(locale, "modulation R314-43-3 rétroactive",
          "R314-43-3 modulation applied retroactively");
    };
  }
}
