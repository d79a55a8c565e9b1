/**
 * The exception family of cpom, and the rules it cites: {@link org.cpom.LegalBasis}, a typed rule (an article of
 * law, a clause of the contract, a convention of the library, or a basis the caller gave), and
 * {@link org.cpom.Convention}, the catalogue of the library's conventions.
 *
 * <h2>Package specification</h2>
 *
 * <p>These rules hold in every package of cpom.
 *
 * <ul>
 *   <li><b>Nulls.</b> A {@code null} argument throws {@link java.lang.NullPointerException} naming the
 *       parameter, unless the method says it accepts one; an absent value is an empty
 *       {@link java.util.Optional}.
 *   <li><b>The exception family.</b> Every exception cpom throws on purpose extends
 *       {@link org.cpom.CpomException}. Input that breaks a rule throws {@link org.cpom.CpomValidationException}
 *       before anything is computed or changed, naming the field, the value quoted, the rule as a
 *       {@link org.cpom.LegalBasis} and the problem ({@link org.cpom.CpomValidationException#violation()});
 *       a builder missing a required attribute throws {@link org.cpom.MissingAttributeException}, and a
 *       rejected allocation proposal {@code org.cpom.result.AllocationRejectedException} with every
 *       {@link org.cpom.Violation}.
 *   <li><b>Overflow and division by zero.</b> Arithmetic is exact: an amount is a {@code long} of cents, and a
 *       computation whose result would leave that range, or that would divide by zero, throws a
 *       {@link org.cpom.CpomValidationException} citing {@link org.cpom.Convention#EXACT_ARITHMETIC} (or the
 *       bound of the engine input, {@link org.cpom.Convention#ENGINE_BOUNDS}) and naming the field. No
 *       {@code ArithmeticException} leaves the library, and nothing wraps around.
 *   <li><b>Rounding.</b> A computed amount is rounded once, to the cent, {@link java.math.RoundingMode#HALF_UP},
 *       at the end of its computation ({@link org.cpom.Convention#HALF_UP_ROUNDING}); an amount split into
 *       parts is split by largest remainder, the parts summing exactly to it
 *       ({@link org.cpom.Convention#LARGEST_REMAINDER}). An operation that may lose a cent takes an explicit
 *       {@link java.math.RoundingMode}.
 *   <li><b>No hidden clock, locale or network.</b> Dates are parameters (nothing reads the current date or
 *       time); no text depends on the default locale; nothing reaches the network.
 *   <li><b>Values.</b> Values are immutable and thread-safe.
 * </ul>
 *
 * <h2>Conventions</h2>
 *
 * <p>Where the law is silent, leaves a choice, or was not verified, cpom applies a convention, with a stable
 * identifier, documented in {@link org.cpom.Convention} (and in {@code docs/conventions.md} at the root of the
 * repository):
 *
 * <ul>
 *   <li>{@link org.cpom.Convention#AMOUNT_SCALE cpom:amount-scale}: amounts are EUR cents, scale 2
 *   <li>{@link org.cpom.Convention#AMOUNT_CURRENCY cpom:amount-currency}: every amount is EUR
 *   <li>{@link org.cpom.Convention#EXACT_ARITHMETIC cpom:exact-arithmetic}: amounts are whole cents within a long, arithmetic is exact
 *   <li>{@link org.cpom.Convention#HALF_UP_ROUNDING cpom:half-up-rounding}: one HALF_UP rounding at the end
 *   <li>{@link org.cpom.Convention#LARGEST_REMAINDER cpom:largest-remainder}: largest-remainder split
 *   <li>{@link org.cpom.Convention#BOUNDED_DECIMALS cpom:bounded-decimals}: bounded decimals
 *   <li>{@link org.cpom.Convention#LABEL_TEXT cpom:label-text}: a name or label is shown text
 *   <li>{@link org.cpom.Convention#TEXT_INPUT cpom:text-input}: text input
 *   <li>{@link org.cpom.Convention#REQUIRED_ATTRIBUTES cpom:required-attributes}: every required attribute is set
 *   <li>{@link org.cpom.Convention#QUOTED_INPUT cpom:quoted-input}: an exception quotes its input
 *   <li>{@link org.cpom.Convention#ENGINE_BOUNDS cpom:engine-bounds}: engine inputs are bounded
 *   <li>{@link org.cpom.Convention#SUPPORTED_YEARS cpom:supported-years}: Gregorian calendar, years 1583 to 9999
 *   <li>{@link org.cpom.Convention#DATE_RANGE cpom:date-range}: dates between LocalDate.MIN and MAX
 *   <li>{@link org.cpom.Convention#WORKING_DAY_SEARCH cpom:working-day-search}: a working day within two years
 *   <li>{@link org.cpom.Convention#TIME_LIMIT_DAYS cpom:time-limit-days}: a time limit in days is at most a year
 *   <li>{@link org.cpom.Convention#LATE_NOTIFICATION cpom:late-notification}: a time limit runs in full from a late notification
 *   <li>{@link org.cpom.Convention#FINESS_FORMAT cpom:finess-format}: FINESS format (9 characters, département prefix)
 *   <li>{@link org.cpom.Convention#DEPARTEMENT_CODE cpom:departement-code}: département code
 *   <li>{@link org.cpom.Convention#ESMS cpom:esms}: ESMS
 *   <li>{@link org.cpom.Convention#CAPACITY cpom:capacity}: capacity
 *   <li>{@link org.cpom.Convention#FUNDING cpom:funding}: funder and tariff authority
 *   <li>{@link org.cpom.Convention#FINANCEMENT_MATCH cpom:financement-match}: how a funding line matches a financement
 *   <li>{@link org.cpom.Convention#CONTRACT_YEARS cpom:contract-years}: a contract's dates fall in the years 1900 to 2200
 *   <li>{@link org.cpom.Convention#CONTRACT_CONTENT cpom:contract-content}: contract content
 *   <li>{@link org.cpom.Convention#CONTRACT_PERIOD cpom:contract-period}: contract period
 *   <li>{@link org.cpom.Convention#AVENANT cpom:avenant}: avenant
 *   <li>{@link org.cpom.Convention#RESULT_ALLOCATION_CLAUSE cpom:result-allocation-clause}: contract result-allocation clause
 *   <li>{@link org.cpom.Convention#GAP_MEASURE cpom:gap-measure}: a gap is measured against the objective
 *   <li>{@link org.cpom.Convention#LARGEST_GAP cpom:largest-gap}: with several indicators, the largest gap
 *   <li>{@link org.cpom.Convention#MODULATION_ONE_YEAR cpom:modulation-one-year}: a modulation is a one-year abatement
 *   <li>{@link org.cpom.Convention#ABATEMENT_BASE cpom:abatement-base}: the abatement applies to the perennial part
 *   <li>{@link org.cpom.Convention#EHPAD_MODULATION cpom:ehpad-modulation}: the EHPAD modulation is a decrease
 *   <li>{@link org.cpom.Convention#DOTATION_STEPS cpom:dotation-steps}: the order of a dotation's steps
 *   <li>{@link org.cpom.Convention#DOTATION_NOT_NEGATIVE cpom:dotation-not-negative}: a base and a dotation are zero or more
 *   <li>{@link org.cpom.Convention#MESURES_NOUVELLES cpom:mesures-nouvelles}: mesures nouvelles
 *   <li>{@link org.cpom.Convention#CNR cpom:cnr}: CNR are one-off credits of the year
 *   <li>{@link org.cpom.Convention#ONE_ESMS_YEAR cpom:one-esms-year}: a year's inputs concern one ESMS
 *   <li>{@link org.cpom.Convention#SINGLE_ESMS_DOTATION cpom:single-esms-dotation}: dotation of an ESMS in no DGC
 *   <li>{@link org.cpom.Convention#CONSECUTIVE_YEARS cpom:consecutive-years}: a projection's years follow each other
 *   <li>{@link org.cpom.Convention#DM_REGULARISATION cpom:dm-regularisation}: regularised at the first payment after the decision
 *   <li>{@link org.cpom.Convention#CSS_PAYMENT_DAY cpom:css-payment-day}: UNVERIFIED assurance-maladie payment day, cpom default
 *   <li>{@link org.cpom.Convention#BUDGET_ACCOUNT cpom:budget-account}: budget account (plan comptable classes 6 and 7)
 *   <li>{@link org.cpom.Convention#ACCOUNT_MAPPING_FORMAT cpom:account-mapping-format}: account mapping format
 *   <li>{@link org.cpom.Convention#BUDGET_LINES cpom:budget-lines}: budget lines
 *   <li>{@link org.cpom.Convention#LINE_INDEX cpom:line-index}: an index of a line
 *   <li>{@link org.cpom.Convention#BBZ cpom:bbz}: budget base zéro
 *   <li>{@link org.cpom.Convention#BBZ_ACTIVITY cpom:bbz-activity}: BBZ activity
 *   <li>{@link org.cpom.Convention#BBZ_ACTIVITY_COST cpom:bbz-activity-cost}: BBZ activity-driven cost
 *   <li>{@link org.cpom.Convention#BBZ_STAFFING cpom:bbz-staffing}: BBZ staffing plan
 *   <li>{@link org.cpom.Convention#BBZ_PACKAGES cpom:bbz-packages}: BBZ decision packages
 *   <li>{@link org.cpom.Convention#MATRICE_DE_SUIVI cpom:matrice-de-suivi}: matrice de suivi budgétaire
 *   <li>{@link org.cpom.Convention#EXERCICE_COMPTES cpom:exercice-comptes}: an exercice's comptes de résultat
 *   <li>{@link org.cpom.Convention#RESERVE_BALANCE_SIDE cpom:reserve-balance-side}: each reserve account holds a balance on its own side
 *   <li>{@link org.cpom.Convention#RESERVE_CARRY cpom:reserve-carry}: reserve balances carry from year to year
 *   <li>{@link org.cpom.Convention#ALLOCATION_PROPOSAL cpom:allocation-proposal}: allocation proposal
 * </ul>
 */
package org.cpom;
