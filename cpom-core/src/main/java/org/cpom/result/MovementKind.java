package org.cpom.result;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The kinds of movement an allocation makes, in the order of the allocation table, each marked mandatory
 * (applied by the library) or free (taken from the proposal).
 */
public enum MovementKind implements Labelled {
  /** Expenses the authority rejected, booked to 1141 (R314-52, traditional budget). Mandatory. */
  REJECTED_EXPENSES("Dépenses rejetées", true),
  /** A surplus first clears the report à nouveau débiteur, 119 (R314-234 1° a). Mandatory. */
  CLEAR_DEBIT_REPORT_A_NOUVEAU("Apurement du report à nouveau débiteur", true),
  /** A deficit is covered by the report à nouveau créditeur, 110 (R314-234 2° a). Mandatory. */
  DEFICIT_FROM_REPORT_A_NOUVEAU("Imputation sur le report à nouveau créditeur", true),
  /** Then by the réserve de compensation, 10686 (R314-234 2° b, R314-51 III). Mandatory. */
  DEFICIT_FROM_RESERVE_DE_COMPENSATION("Reprise sur la réserve de compensation", true),
  /** The rest becomes a report à nouveau débiteur, 119 (R314-234 2° c). Mandatory. */
  DEFICIT_TO_DEBIT_REPORT_A_NOUVEAU("Report à nouveau débiteur", true),
  /** Part of a free surplus sent to another compte's deficit (R314-235). Free. */
  TRANSFER_OUT("Transfert vers un autre compte de résultat", false),
  /** Part of a deficit covered by another compte's surplus (R314-235). Free. */
  TRANSFER_IN("Couverture par un autre compte de résultat", false),
  /** Part of a free surplus sent to a destination (R314-234 1° b to f, R314-51 II). Free. */
  SURPLUS_ALLOCATION("Affectation de l'excédent", false),
  /** Under the traditional budget, the rest of a deficit added to the charges of an exercice (R314-51 III). Free. */
  DEFICIT_TO_CHARGES("Déficit ajouté aux charges", false),
  /** Réserve de trésorerie taken back to fund investment (R314-48): 10685 to 10682. Free. */
  TREASURY_TAKE_BACK("Reprise de la réserve de trésorerie", false);

  private final String label;
  private final boolean mandatory;

  MovementKind(String label, boolean mandatory) {
    this.label = label;
    this.mandatory = mandatory;
  }

  /**
   * The French label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Whether the library applies this kind of movement itself, whatever the proposal says.
   *
   * @return true for a mandatory step
   */
  public boolean isMandatory() {
    return mandatory;
  }

  /**
   * The label in French or English (nature du mouvement; French as {@link #label()}).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return TraceLabels.isFrench(locale) ? label : switch (this) {
      case REJECTED_EXPENSES -> "Rejected expenses";
      case CLEAR_DEBIT_REPORT_A_NOUVEAU -> "Clearing of the debit carried forward";
      case DEFICIT_FROM_REPORT_A_NOUVEAU -> "Charged to the credit carried forward";
      case DEFICIT_FROM_RESERVE_DE_COMPENSATION -> "Taken from the reserve to cover deficits";
      case DEFICIT_TO_DEBIT_REPORT_A_NOUVEAU -> "Debit carried forward";
      case TRANSFER_OUT -> "Transfer to another compte de résultat";
      case TRANSFER_IN -> "Covered by another compte de résultat";
      case SURPLUS_ALLOCATION -> "Allocation of the surplus";
      case DEFICIT_TO_CHARGES -> "Deficit added to the charges";
      case TREASURY_TAKE_BACK -> "Taken back from the treasury reserve";
    };
  }
}
