package org.cpom.contract;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.time.LocalDate;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A dated milestone of a contract, with its legal basis: start, the comité de suivi's mid-term review and
 * final evaluation, the renegotiation deadline, expiry. The dates are computed by
 * {@link Cpom#milestones()}, where the choices are explained.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Milestone {
  /** The annexe of the arrêté du 3 mars 2017 (the cahier des charges of the CPOM), for the comité de suivi and renegotiation. */
  public static final LegalBasis ARRETE_3_MARS_2017 = LegalBasis.law("arrêté du 3 mars 2017", "annexe")
      .withNote("cahier des charges CPOM");

  /** The kinds of milestone. */
  public enum Kind implements Labelled {
    /** The contract takes effect (its first day). */
    START("Contract takes effect"),
    /** The comité de suivi's mid-term review of progress, on the gestionnaire's bilan d'étape, in year 3. */
    MID_TERM_REVIEW("Comité de suivi: mid-term review (year 3)"),
    /** The comité de suivi's end-of-contract evaluation, in the last year; it feeds the renewal. */
    FINAL_EVALUATION("Comité de suivi: final evaluation"),
    /** The latest date to ask for an extension; without one, negotiation of the next contract starts. */
    RENEGOTIATION_DEADLINE("Extension asked or renegotiation started, at the latest"),
    /** The contract's last day. */
    EXPIRY("Contract expires (last day)");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * A short English description.
     *
     * @return the description
     */
    public String description() {
      return description;
    }

    /**
     * The label in French or English, capitalised as the first cell of a row of the contract's milestones.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @return the label
     * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
     */
    @Override
    public String label(Locale locale) {
      return switch (this) {
        case START -> TraceLabels.pick(locale, "Prise d'effet du contrat", description);
        case MID_TERM_REVIEW -> TraceLabels.pick(locale, "Comité de suivi : bilan à mi-parcours (année 3)", description);
        case FINAL_EVALUATION -> TraceLabels.pick(locale, "Comité de suivi : évaluation finale", description);
        case RENEGOTIATION_DEADLINE -> TraceLabels.pick(locale, "Prorogation demandée ou renégociation engagée, au plus tard", description);
        case EXPIRY -> TraceLabels.pick(locale, "Fin du contrat (dernier jour)", description);
      };
    }
  }

  Milestone() {}

  /**
   * Creates a milestone.
   *
   * @param kind the kind
   * @param date the date
   * @param basis the legal basis
   * @return the milestone
   */
  public static Milestone of(Kind kind, LocalDate date, LegalBasis basis) {
    return ImmutableMilestone.of(kind, date, basis);
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * The date: the day of the event for {@link Kind#START} and {@link Kind#EXPIRY}, the day it is due by for
   * the others.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Where the milestone comes from.
   *
   * @return the legal basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  @Override
  public String toString() {
    return date() + " " + kind() + " (" + basis() + ")";
  }
}
