package org.cpom.payment;

import java.time.LocalDate;
import java.util.Objects;
import org.cpom.calendar.PaymentDates;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.ResolvedSingleEsmsDotation;
import org.cpom.contract.DgcMember;
import org.cpom.param.RegulatoryParameter;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.Funder;
import org.cpom.referential.FunderKind;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The rules under which a dotation is paid (régime de versement), which decide the articles its payments
 * cite and the default payment day. CASF R314-43-1 pays a dotation globalisée under R314-107 and R314-108,
 * or R314-111 and R314-112, or R314-115 to R314-117, depending on who funds it.
 *
 * <ul>
 *   <li>{@link #CASF_R314_107}: a dotation globale of the State or of a Département: twelve monthly
 *       twelfths on the 20th or the last working day before (R314-107, verified), advances of the previous
 *       year's twelfths until the decision and the catch-up after it (R314-108, verified; R314-116 for a
 *       dotation globalisée replacing a prix de journée).
 *   <li>{@link #CSS_R174_9}: the forfait global de soins of an EHPAD, paid by the assurance maladie under the
 *       Code de la sécurité sociale (CASF R314-111: CSS R174-9 and following). The CSS text read (R174-9, in an
 *       older version) pays it « par douzième » through the caisse primaire, and names no day.
 *   <li>{@link #CSS_R174_16_1}: any other dotation globale of the assurance maladie (CASF R314-111, R314-115:
 *       CSS R174-16-1 to R174-16-5; these articles could not be read).
 * </ul>
 *
 * <p>For both CSS regimes cpom keeps the twelfths and the advance and catch-up mechanism of R314-108 (the CSS
 * text seen also pays twelfths; the repealed CSS R174-11 advanced the previous year's twelfths). The payment
 * day is <b>UNVERIFIED</b> for them: it is a dated parameter ({@link #defaultPaymentDay()}), whose default is
 * the R314-107 day, the 20th or the last working day before; the payments cite the CSS articles and say that
 * the day is a parameter.
 */
public enum PaymentRegime {
  /** State or Département: CASF R314-107 (twelfths, payment day) and R314-108 (advances, catch-up). */
  CASF_R314_107(PaymentDates.LEGAL_BASIS, Articles.R314_108, true),
  /** Assurance maladie, forfait global de soins of an EHPAD: CSS R174-9 and following (CASF R314-111). */
  CSS_R174_9(Articles.CSS_R174_9_CASF_R314_111, Articles.CSS_R174_9_CASF_R314_111, false),
  /** Assurance maladie, dotation globale of another ESMS: CSS R174-16-1 to R174-16-5 (CASF R314-111). */
  CSS_R174_16_1(Articles.CSS_R174_16_1_TO_R174_16_5_CASF_R314_111,
      Articles.CSS_R174_16_1_TO_R174_16_5_CASF_R314_111, false);

  private final LegalBasis twelfthBasis;
  private final LegalBasis advanceBasis;
  private final RegulatoryParameter<Integer> defaultPaymentDay;
  private volatile LegalBasis defaultDayBasis;

  PaymentRegime(LegalBasis twelfthBasis, LegalBasis advanceBasis, boolean dayVerified) {
    this.twelfthBasis = twelfthBasis;
    this.advanceBasis = advanceBasis;
    // from the first day cpom's calendars support (an enum constructor cannot read a static field)
    LocalDate from = LocalDate.of(1583, 1, 1);
    this.defaultPaymentDay = dayVerified
        ? RegulatoryParameter.of("payment day of the monthly twelfths", PaymentDates.LEGAL_BASIS, from,
            PaymentDates.PAYMENT_DAY)
        : RegulatoryParameter.of("payment day of the assurance-maladie twelfths",
            LegalBasis.convention(Convention.CSS_PAYMENT_DAY), from,
            PaymentDates.PAYMENT_DAY);
  }

  /**
   * The regime of a dotation derived from its funder and the category of the ESMS (CASF R314-43-1 and
   * R314-111: a rule applied to the two facts, hence {@code from}): the assurance maladie pays an
   * EHPAD's forfait global de soins under CSS R174-9 and another ESMS's dotation under CSS R174-16-1; the
   * State and a Département pay under CASF R314-107.
   *
   * @param funder who pays
   * @param category the ESMS category
   * @return the regime
   */
  public static PaymentRegime from(Funder funder, EsmsCategory category) {
    Objects.requireNonNull(funder, "funder");
    Objects.requireNonNull(category, "category");
    if (funder.kind() != FunderKind.ASSURANCE_MALADIE) {
      return CASF_R314_107;
    }
    return category == EsmsCategory.EHPAD ? CSS_R174_9 : CSS_R174_16_1;
  }

  /**
   * The regime of a DGC's total: from its funder, CSS R174-9 when every member is an EHPAD, CSS R174-16-1
   * for another assurance-maladie DGC (the ESMS rows of a mixed DGC each follow their own category, see
   * {@link DgcScheduleRequest#regime()}).
   *
   * @param dgc the DGC
   * @return the regime
   */
  public static PaymentRegime from(ResolvedDgc dgc) {
    Objects.requireNonNull(dgc, "dgc");
    if (dgc.funder().kind() != FunderKind.ASSURANCE_MALADIE) {
      return CASF_R314_107;
    }
    for (DgcMember m : dgc.members()) {
      if (m.esms().category() != EsmsCategory.EHPAD) {
        return CSS_R174_16_1;
      }
    }
    return CSS_R174_9;
  }

  /**
   * The regime of the dotation of an ESMS in no DGC, from its funder and its category: a lone EHPAD's
   * assurance-maladie forfait soins is paid under CSS R174-9, an ESAT's State dotation under CASF R314-107.
   *
   * @param dotation the lone ESMS's dotation
   * @return the regime
   */
  public static PaymentRegime from(ResolvedSingleEsmsDotation dotation) {
    Objects.requireNonNull(dotation, "dotation");
    return from(dotation.funder(), dotation.esms().category());
  }

  /**
   * The article of the twelfths, without the payment day.
   *
   * @return e.g. CASF R314-107
   */
  public LegalBasis basis() {
    return twelfthBasis;
  }

  /**
   * The article cited by a twelfth, with the payment day's source when it is not the regime's verified
   * default. A day that rests on a convention of the library (the UNVERIFIED assurance-maladie day,
   * {@link Convention#CSS_PAYMENT_DAY}) gives the article {@linkplain LegalBasis#readWith(Convention) read with}
   * it: "CSS R174-9 (CASF R314-111); cpom convention cpom:css-payment-day (...)". A day the caller set on
   * another basis gives the article with a note quoting that basis: "CSS R174-9 (CASF R314-111) (payment day:
   * convention CPAM)".
   *
   * @param paymentDay the payment day in use
   * @return the basis of a twelfth
   */
  public LegalBasis twelfthBasis(RegulatoryParameter<Integer> paymentDay) {
    Objects.requireNonNull(paymentDay, "paymentDay");
    boolean defaultDay = paymentDay.equals(defaultPaymentDay);
    if (this == CASF_R314_107 && defaultDay) {
      return twelfthBasis;
    }
    if (defaultDay) {
      // every schedule of a campaign asks this: the basis is built once per regime (a race builds it twice)
      LegalBasis b = defaultDayBasis;
      if (b == null) {
        b = withDay(paymentDay);
        defaultDayBasis = b;
      }
      return b;
    }
    return withDay(paymentDay);
  }

  private LegalBasis withDay(RegulatoryParameter<Integer> paymentDay) {
    LegalBasis day = paymentDay.basis();
    if (day.kind() == LegalBasis.Kind.CONVENTION) {
      return twelfthBasis.readWith(day.convention().orElseThrow());
    }
    return twelfthBasis.withNote("payment day: " + day.text());
  }

  /**
   * The article of the advances pending the year's decision and of the catch-up after it.
   *
   * @return CASF R314-108 for the State and the Départements, the CSS articles for the assurance maladie
   */
  public LegalBasis advanceBasis() {
    return advanceBasis;
  }

  /**
   * The default payment day, as a dated parameter: the day of the month, moved back to the last working day
   * before when it is not one. For {@link #CASF_R314_107} the 20th (R314-107, verified); for the CSS regimes
   * the same 20th, but UNVERIFIED (the parameter's basis says so).
   *
   * @return the parameter, one value from 1583
   */
  public RegulatoryParameter<Integer> defaultPaymentDay() {
    return defaultPaymentDay;
  }
}
