package org.cpom.dialogue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.cpom.contract.Cpom;
import org.cpom.contract.FollowUp;
import org.cpom.dotation.DgcDotation;
import org.cpom.finance.BilanFinancier;
import org.cpom.finance.RatiosFinanciers;
import org.cpom.payment.DgcPaymentSchedule;
import org.immutables.value.Value;

/**
 * What the yearly report of the dialogue de gestion is assembled from ({@link org.cpom.Convention#DIALOGUE_REPORT}):
 * the contract, the exercice, the date the report is drawn up on, and what the other engines and the ERP give for
 * that exercice. Only the contract, the exercice and the date are required; whether each input fits them is checked
 * by {@link DialogueEngine#rapport}.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe; it compares by value.
 */
@Value.Immutable
public abstract class ReportInputs {
  ReportInputs() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportInputs}; {@code build()} checks every required attribute is set. */
  public static final class Builder extends ImmutableReportInputs.Builder {
    Builder() {}
  }

  /** @return the contract, with its avenants */
  public abstract Cpom cpom();

  /** @return the exercice reported on, whose 31 December is in the contract */
  public abstract Year year();

  /** @return the date the report is drawn up on: payments dated on or before it count as paid */
  public abstract LocalDate asOf();

  /** @return the catalogue the keys are read from; the library's by default */
  @Value.Default
  public IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.library();
  }

  /** @return the activity of the exercice of some or all ESMS of the perimeter, at most one each */
  public abstract List<PeopleActivity> activities();

  /** @return the indicator values of the exercice and of earlier exercices of the contract */
  public abstract List<IndicatorValue> values();

  /** @return the fiche-action indicators the targets come from */
  public abstract List<IndicatorLink> links();

  /** @return the alert thresholds, at most one per key */
  public abstract List<AlertThreshold> thresholds();

  /** @return the yearly follow-ups of the fiches-actions, for the grille d'avancement */
  public abstract List<FollowUp> followUps();

  /** @return the bilan financier of the exercice at the EPRD/ERRD perimeter */
  public abstract Optional<BilanFinancier> bilanFinancier();

  /** @return the ratios of the exercice with their alerts */
  public abstract Optional<RatiosFinanciers> ratiosFinanciers();

  /** @return the dotations of the exercice of the contract's DGCs */
  public abstract List<DgcDotation> dotations();

  /** @return the payment schedule of each dotation, in the order of {@link #dotations()} */
  public abstract List<DgcPaymentSchedule> payments();
}
