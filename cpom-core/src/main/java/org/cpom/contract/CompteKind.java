package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

import org.cpom.LegalBasis;

/**
 * What a compte de résultat of the EPRD covers (nature du compte de résultat). The kind decides who
 * allocates its result under the EPRD and whether it may take part in transfers between comptes.
 *
 * <p>One EPRD brings together every activity of the gestionnaire tariffed by the ARS or the Département, and
 * also those outside the contract (R314-210 II). R314-222 II sorts their comptes de résultat prévisionnels:
 * those in the perimeter of the CPOM (1°), those tariffed by the préfet or outside the perimeter (2°), the
 * activities of R314-74 (3°) and the commercial budgets of an ESAT (4°). R314-234 4° gives the results of
 * the 2° comptes to the tariff authority, in the order of R314-234 1° to 3°.
 *
 * <table>
 *   <caption>Who allocates under the EPRD, and transfers (R314-235)</caption>
 *   <tr><th>Kind</th><th>Allocated by</th><th>Transfers</th></tr>
 *   <tr><td>{@link #IN_CPOM}</td><td>the gestionnaire (R314-234)</td><td>both ways</td></tr>
 *   <tr><td>{@link #OUTSIDE_CPOM_PERIMETER}</td><td>the tariff authority (R314-234 4°)</td><td>none</td></tr>
 *   <tr><td>{@link #TARIFFED_BY_PREFET}</td><td>the tariff authority (R314-234 4°)</td><td>none</td></tr>
 *   <tr><td>{@link #ESAT_COMMERCIAL_BUDGET}</td><td>the gestionnaire (R314-234)</td><td>none (R344-9 to
 *       R344-11)</td></tr>
 *   <tr><td>{@link #ACTIVITY_OUTSIDE_L312_1}</td><td>the gestionnaire (R314-234)</td><td>out only; its deficit
 *       is never covered by another compte (R314-74)</td></tr>
 * </table>
 *
 * <p>Under the traditional budget the authority allocates (R314-51 I), unless the contract applies R314-43,
 * which reaches only « l'établissement ou le service » whose tariff the contract sets (R314-42 I): a compte
 * {@link #OUTSIDE_CPOM_PERIMETER} is then still allocated by the authority, and not bound by the contract's
 * clause. Results never move between budgets (R314-51 IV).
 *
 * <p>The kind lives with the contract because it says where a compte stands against the CPOM's perimeter: the
 * result allocation ({@code org.cpom.result}) and the balance tests of the EPRD ({@code org.cpom.finance},
 * R314-222 II) both read it.
 */
public enum CompteKind implements Labelled {
  /**
   * An ESMS tariffed by the ARS or the Département, separately or jointly, inside the perimeter of the CPOM
   * (R314-222 II 1°); the default.
   */
  IN_CPOM("ESMS du périmètre du CPOM", "R314-222 II 1°"),
  /**
   * An ESMS tariffed by the ARS or the Département but outside the perimeter of the CPOM, whose activity is
   * still in the gestionnaire's EPRD (R314-210 II, R314-222 II 2°), e.g. a résidence autonomie the contract
   * does not cover. The tariff authority allocates its result (R314-234 4°).
   */
  OUTSIDE_CPOM_PERIMETER("ESMS hors du périmètre du CPOM", "R314-222 II 2°"),
  /** An ESMS tariffed by the préfet (R314-222 II 2°). The tariff authority allocates its result (R314-234 4°). */
  TARIFFED_BY_PREFET("ESMS relevant de la compétence tarifaire du préfet", "R314-222 II 2°"),
  /**
   * The budget annexe de production et de commercialisation of an ESAT: the commercial activity, kept apart
   * from the social budget that the dotation funds (R344-9 to R344-11; R314-222 II 4° gives it its own
   * balance rule). No text read gives its result to the authority: the gestionnaire allocates it.
   */
  ESAT_COMMERCIAL_BUDGET("Budget annexe de production et de commercialisation (ESAT)", "R344-9", "R344-10",
      "R344-11"),
  /**
   * An activity of the gestionnaire that is not an ESMS of L312-1 I, with its own compte annexe (R314-74;
   * R314-222 II 3° asks for its forecast to be balanced or in surplus). The gestionnaire allocates it; its
   * deficit may not be covered by the social and médico-social comptes (R314-74, second paragraph).
   */
  ACTIVITY_OUTSIDE_L312_1("Activité ne relevant pas du I de l'article L. 312-1", "R314-74");

  /** The French label, as in the EPRD and ERRD frames. */
  private final String label;
  private final LegalBasis legalBasis;

  CompteKind(String label, String article, String... more) {
    this.label = label;
    this.legalBasis = LegalBasis.casf(article, more);
  }

  /**
   * The article that defines the kind.
   *
   * @return the basis
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  /**
   * Whether, under the EPRD, the tariff authority allocates the result instead of the gestionnaire: the
   * comptes of R314-222 II 2° (R314-234 4°).
   *
   * @return true for {@link #OUTSIDE_CPOM_PERIMETER} and {@link #TARIFFED_BY_PREFET}
   */
  public boolean allocatedByAuthorityUnderEprd() {
    return this == OUTSIDE_CPOM_PERIMETER || this == TARIFFED_BY_PREFET;
  }

  /**
   * Whether part of the compte's surplus may be transferred to another compte (R314-235): not for the
   * comptes the authority allocates, nor for an ESAT commercial budget.
   *
   * @return true if it may give
   */
  public boolean mayGiveByTransfer() {
    return this == IN_CPOM || this == ACTIVITY_OUTSIDE_L312_1;
  }

  /**
   * Whether the compte's deficit may be covered by a transfer from another compte (R314-235): only for a
   * compte in the CPOM.
   *
   * @return true if it may receive
   */
  public boolean mayReceiveByTransfer() {
    return this == IN_CPOM;
  }

  /**
   * The label in French or English (nature du compte de résultat; French as in the EPRD and ERRD frames).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return TraceLabels.isFrench(locale) ? label : switch (this) {
      case IN_CPOM -> "ESMS within the perimeter of the CPOM";
      case OUTSIDE_CPOM_PERIMETER -> "ESMS outside the perimeter of the CPOM";
      case TARIFFED_BY_PREFET -> "ESMS priced by the préfet";
      case ESAT_COMMERCIAL_BUDGET -> "Production and commercial annex budget (ESAT)";
      case ACTIVITY_OUTSIDE_L312_1 -> "Activity outside I of article L. 312-1";
    };
  }
}
