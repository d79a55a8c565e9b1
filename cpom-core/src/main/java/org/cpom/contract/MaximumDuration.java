package org.cpom.contract;

import org.cpom.internal.Checks;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The longest a CPOM may last (durée maximale): a number of whole years, plus an extension (prorogation) of
 * at most a number of whole months, with the text that sets them.
 *
 * <p>The defaults, per legal basis ({@link #defaultFor(CpomBasis)}):
 * <ul>
 *   <li>L313-11: five years, extendable within a sixth year (« durée maximale de cinq ans, prorogeable dans
 *       la limite d'une sixième année », CASF L313-11);
 *   <li>L313-12 IV ter and L313-12-2: the same five years and one-year extension, but set for these contracts
 *       by the arrêté of 3 March 2017 (cahier des charges of the IV ter CPOM: « conclu pour une durée de cinq
 *       ans », known from secondary sources; the articles L313-12 IV ter and L313-12-2 themselves were not
 *       read). An authority may have signed for longer (a ministry FAQ of July 2017 speaks of a seven-year
 *       maximum, unverified): give another maximum with {@link #of(int, int, LegalBasis)} on
 *       {@code Cpom.builder().maximumDuration(...)}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaximumDuration {
  private static final MaximumDuration L313_11 =
      ImmutableMaximumDuration.of(Cpom.MAX_DURATION_YEARS, Cpom.MAX_EXTENSION_MONTHS, Articles.L313_11);
  private static final MaximumDuration ARRETE =
      ImmutableMaximumDuration.of(Cpom.MAX_DURATION_YEARS, Cpom.MAX_EXTENSION_MONTHS, Milestone.ARRETE_3_MARS_2017);

  MaximumDuration() {}

  /**
   * A maximum given by the caller, e.g. the one an authority's programming or the contract states.
   *
   * @param years the longest initial duration in whole years, at least 1
   * @param extensionMonths the longest extension in whole months, zero (no extension) or more
   * @param basis the text that sets it
   * @return the maximum
   */
  public static MaximumDuration of(int years, int extensionMonths, LegalBasis basis) {
    return ImmutableMaximumDuration.of(years, extensionMonths, basis);
  }

  /**
   * The default maximum of a legal basis: five years and an extension of at most twelve months, cited to
   * CASF L313-11 for an L313-11 contract and to the arrêté of 3 March 2017 for the others.
   *
   * @param basis the contract's legal basis
   * @return the default maximum
   */
  public static MaximumDuration defaultFor(CpomBasis basis) {
    return java.util.Objects.requireNonNull(basis, "basis") == CpomBasis.L313_11 ? L313_11 : ARRETE;
  }

  /**
   * The longest initial duration, in whole years.
   *
   * @return the years
   */
  @Value.Parameter
  public abstract int years();

  /**
   * The longest extension, in whole months; zero when no extension is allowed.
   *
   * @return the months
   */
  @Value.Parameter
  public abstract int extensionMonths();

  /**
   * The text that sets the maximum, cited by the errors.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  @Value.Check
  void check() {
    Checks.check(years() >= 1, "maximumDuration.years", years(), basis(), "a contract lasts at least one year");
    Checks.check(extensionMonths() >= 0, "maximumDuration.extensionMonths", extensionMonths(), basis(),
        "an extension is zero months or more");
  }
}
