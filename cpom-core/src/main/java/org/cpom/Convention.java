package org.cpom;

import java.util.Locale;
import org.cpom.internal.Languages;

/**
 * The conventions of the library: what cpom does where the law is silent, leaves a choice, or was not verified,
 * each with a stable identifier that exceptions, allocation violations and trace steps cite through
 * {@link LegalBasis#convention(Convention)}.
 *
 * <p>The Javadoc of each constant is the documentation of the convention: what the library does, why, the
 * article it interprets where there is one, and the default it takes. The same text, one section per
 * {@link #id()}, is in {@code docs/conventions.md} at the root of the repository.
 *
 * <p>An identifier, once published, is never reused for another meaning; a convention that changes meaning gets
 * a new identifier.
 */
public enum Convention {
  // --- money ---

  /**
   * Amounts are whole euro cents: an {@code Amount} holds a {@code BigDecimal} of scale 2, and a value with more
   * decimals is rejected rather than rounded in silence. Rounding happens only where a computation says so
   * (see {@link #HALF_UP_ROUNDING}).
   */
  AMOUNT_SCALE("cpom:amount-scale", "amounts are EUR cents, scale 2",
      "les montants sont en centimes d'euro, échelle 2"),

  /**
   * Every amount is in euros: the currency of the dotations, tariffs and accounts of the médico-social sector.
   * An amount in another currency is rejected; nothing is ever converted.
   */
  AMOUNT_CURRENCY("cpom:amount-currency", "every amount is EUR",
      "tout montant est en euros"),

  /**
   * Exact arithmetic: an amount is at most {@code Long.MAX_VALUE} cents in absolute value; sums, differences and
   * products are exact, and a quotient is rounded only as its operation says ({@link #HALF_UP_ROUNDING}). An
   * operation whose result would leave that range (an overflow), and a division by zero, throw a
   * {@code CpomValidationException} citing this convention and naming the field concerned; the library never
   * lets an {@code ArithmeticException} escape and never wraps around.
   */
  EXACT_ARITHMETIC("cpom:exact-arithmetic", "amounts are whole cents within a long, arithmetic is exact",
      "des centimes entiers dans un long, un calcul exact"),

  /**
   * One rounding, HALF_UP: a computed amount is worked out exactly from its inputs (products, ratios, day counts)
   * and rounded once to the cent, {@link java.math.RoundingMode#HALF_UP}, at the end, never step by step.
   * The texts (CASF R314-43-1, R314-43-2) give no rounding rule; rounding once keeps an amount independent of
   * the order of its steps.
   */
  HALF_UP_ROUNDING("cpom:half-up-rounding", "one HALF_UP rounding at the end",
      "un seul arrondi HALF_UP, à la fin"),

  /**
   * Largest-remainder split: an amount split into parts (the ESMS quote-parts of a DGC, the monthly twelfths, a
   * payment shared among the ESMS) gives each part its share rounded down to the cent, then the cents left over
   * one each to the parts with the largest remainders, ties to the first part in the given order. The parts sum
   * exactly to the amount: no cent is created or lost. The texts (CASF R314-107, R314-43-1) fix no rule.
   */
  LARGEST_REMAINDER("cpom:largest-remainder", "largest-remainder split",
      "répartition au plus fort reste"),

  /**
   * Bounded decimals: a decimal input (an objective, a coefficient, a weight, an ETP, an indicator's value) has
   * at most 64 significant digits and an order of magnitude within {@code 10^-40} to {@code 10^40}, so that no
   * input makes a comparison or a ratio do unbounded work. Amounts have their own bound
   * ({@link #EXACT_ARITHMETIC}).
   */
  BOUNDED_DECIMALS("cpom:bounded-decimals", "bounded decimals",
      "décimaux bornés"),

  // --- inputs in general ---

  /**
   * A name or label is text that can be shown: not blank (white space, no-break spaces and invisible format
   * characters alone do not count), at most 10,000 characters, and without control characters other than tab,
   * line feed and carriage return, which would reach terminals and logs.
   */
  LABEL_TEXT("cpom:label-text", "a name or label is shown text",
      "un nom ou un libellé est un texte affichable"),

  /**
   * Labels in two languages: a trace step, and an enum a user prints, render their label in French or in English
   * from their kind and typed arguments, for the {@link Locale} the caller passes; any other language is
   * rejected rather than falling back to one of the two. The JVM default locale is never read, so the same call
   * gives the same text on every machine.
   */
  LABEL_LANGUAGES("cpom:label-languages", "labels in French and English, for the locale given",
      "libellés en français et en anglais, selon la locale donnée"),

  /**
   * A trace step's kind fixes the number of its arguments, and each argument is an immutable value (text, an
   * exact number, a java.time date, an enum or a value of the library), so that a step renders in both
   * languages without a placeholder left and stays as it was built.
   */
  TRACE_STEPS("cpom:trace-steps", "a trace step's kind and arguments",
      "le type et les arguments d'une étape de trace"),

  /**
   * Text read from outside (an account table, an accounting export) is decoded strictly: malformed bytes are
   * reported with their line, never replaced; lines and fields have a bound and are rejected without being held
   * whole; a value kept holds no invisible or spreadsheet-active character.
   */
  TEXT_INPUT("cpom:text-input", "text input",
      "texte lu en entrée"),

  /**
   * A value is built complete or not at all: a builder whose required attribute was never set throws a
   * {@code MissingAttributeException} naming every missing attribute, instead of building a half-valid value.
   */
  REQUIRED_ATTRIBUTES("cpom:required-attributes", "every required attribute is set",
      "tout attribut obligatoire est renseigné"),

  /**
   * An exception quotes its input, never echoes it whole: a rejection keeps at most 200 characters of the
   * rejected value and 500 of each other part of its message, so a very long input gives a short message.
   */
  QUOTED_INPUT("cpom:quoted-input", "an exception quotes its input",
      "une exception cite son entrée"),

  /**
   * Engine inputs are bounded so that every value that builds can be computed with: years 1583 to 9999, at most
   * 1,000,000 places of one ESMS or record (hence at most 366 x the places days in a day count), amounts added
   * together totalling at most {@code Long.MAX_VALUE} cents in absolute value, decimals bounded as
   * {@link #BOUNDED_DECIMALS}. No {@code long} overflows, no date leaves {@code java.time}'s range, no loop or
   * allocation is unbounded.
   */
  ENGINE_BOUNDS("cpom:engine-bounds", "engine inputs are bounded",
      "les entrées des moteurs sont bornées"),

  // --- calendar ---

  /**
   * Calendars support the Gregorian years 1583 to 9999: 1583 is the first full year of the Gregorian calendar,
   * whose Easter computation the French public holidays follow; 9999 is the last four-digit year.
   */
  SUPPORTED_YEARS("cpom:supported-years", "Gregorian calendar, years 1583 to 9999",
      "calendrier grégorien, années 1583 à 9999"),

  /**
   * A date moved by a day stays between {@code LocalDate.MIN} and {@code LocalDate.MAX}: asking for the day
   * before the first or after the last is rejected.
   */
  DATE_RANGE("cpom:date-range", "dates between LocalDate.MIN and MAX",
      "des dates entre LocalDate.MIN et MAX"),

  /**
   * A working day is looked for within two years of the date asked: a holiday calendar that has no working day
   * in that span is rejected rather than searched without end.
   */
  WORKING_DAY_SEARCH("cpom:working-day-search", "a working day within two years",
      "un jour ouvré dans les deux ans"),

  /**
   * A time limit in days (such as the EPRD transmission time limit of CASF R314-210) is at most a year, so that
   * the limit falls within the procedure's own year.
   */
  TIME_LIMIT_DAYS("cpom:time-limit-days", "a time limit in days is at most a year",
      "un délai en jours est d'au plus un an"),

  /**
   * A time limit runs in full from a late notification: the EPRD is transmitted 30 days after the last
   * notification, no later than 30 June (CASF R314-210 as reported by secondary sources); when the notification
   * comes after 30 June the cap can no longer be met, and rather than an error the deadline is the notification +
   * 30 days, with the status CAP_PASSED: the gestionnaire still has to file.
   */
  LATE_NOTIFICATION("cpom:late-notification", "a time limit runs in full from a late notification",
      "un délai court en entier depuis une notification tardive"),

  // --- referential ---

  /**
   * A FINESS number is nine characters, the first two naming the département: 01 to 19, 21 to 95, 2A, 2B, or 97 and
   * 98 overseas, where the third character completes the code; a number written 970 then a digit d belongs to 97d.
   * Not verified against the FINESS nomenclature; the check key is not enforced.
   */
  FINESS_FORMAT("cpom:finess-format", "FINESS format (9 characters, département prefix)",
      "format FINESS (9 caractères, préfixe du département)"),

  /**
   * A département code is 01 to 19, 21 to 95, 2A or 2B (Corsica), 971 to 978 or 984 to 989 (outre-mer), the codes
   * of the Code officiel géographique; anything else is rejected.
   */
  DEPARTEMENT_CODE("cpom:departement-code", "département code",
      "code de département"),

  /**
   * An ESMS is described whole: at least one funding line, and the Creton part of a Département (CASF L242-4,
   * R314-115) given at most once; an ESMS that keeps young adults under L242-4 is of a category of 2° of I of
   * L312-1.
   */
  ESMS("cpom:esms", "ESMS",
      "ESMS (établissement ou service)"),

  /**
   * A capacity line counts places zero or more, no more funded than authorised places, and 1 to 366 days open a
   * year, within the engine bounds ({@link #ENGINE_BOUNDS}).
   */
  CAPACITY("cpom:capacity", "capacity",
      "capacité"),

  /**
   * A funding line names a funder and a tariff authority that sets the tariffs of that funder (the directeur
   * général of the ARS for the assurance maladie, the président du conseil départemental for a Département); any
   * other pair is rejected.
   */
  FUNDING("cpom:funding", "funder and tariff authority",
      "financeur et autorité de tarification"),

  /**
   * How an ESMS's funding line matches a financement: a line of the same funder and the same section matches;
   * otherwise a GLOBAL line of the same funder, the whole of what that funder pays the ESMS; a GLOBAL line never
   * matches the dépendance financement (only an EHPAD receives it, R314-172) nor the Creton one.
   */
  FINANCEMENT_MATCH("cpom:financement-match", "how a funding line matches a financement",
      "rapprochement d'une ligne de financement et d'un financement"),

  // --- contract ---

  /**
   * A contract's dates fall in the years 1900 to 2200: far wider than any CPOM (five years, CASF L313-11), and
   * narrow enough that a mistyped year is caught.
   */
  CONTRACT_YEARS("cpom:contract-years", "a contract's dates fall in the years 1900 to 2200",
      "les dates d'un contrat tombent dans les années 1900 à 2200"),

  /**
   * A contract is consistent with itself: it covers at least one ESMS, lists no FINESS and no authority twice, and
   * gives each objective and fiche-action one identifier; every clause names an ESMS of its perimeter.
   */
  CONTRACT_CONTENT("cpom:contract-content", "contract content",
      "contenu du contrat"),

  /**
   * A DGC, or a dotation of an ESMS in no DGC, is defined for years within the contract's period, and an exercice
   * whose results are allocated under a contract is one of the contract's years.
   */
  CONTRACT_PERIOD("cpom:contract-period", "contract period",
      "durée du contrat"),

  /**
   * An avenant is numbered from 1, changes at least one clause, takes effect within the contract period, withdraws
   * only what the contract holds, and does not both amend and withdraw a fiche-action, nor both add and withdraw an
   * ESMS.
   */
  AVENANT("cpom:avenant", "avenant",
      "avenant au contrat"),

  /**
   * A contract result-allocation clause allows at least one surplus destination; a share it imposes is above 0 %
   * and at most 100 %, on a destination it allows, and the shares imposed add up to at most 100 %.
   */
  RESULT_ALLOCATION_CLAUSE("cpom:result-allocation-clause", "contract result-allocation clause",
      "clause d'affectation des résultats du contrat"),

  /**
   * How a gap is measured (CASF R314-43-2 III does not say): a rate indicator is compared with its objective in
   * points (95 % against 90 % is a gap of 5 points); a count indicator by its relative gap, {@code (objective -
   * observed) / objective}.
   */
  GAP_MEASURE("cpom:gap-measure", "a gap is measured against the objective",
      "un écart se mesure par rapport à l'objectif"),

  /**
   * With several indicators in one modulation clause, the largest gap is the one the cap of CASF R314-43-2 III is
   * read against, unless the contract says otherwise.
   */
  LARGEST_GAP("cpom:largest-gap", "with several indicators, the largest gap",
      "avec plusieurs indicateurs, le plus grand écart"),

  /**
   * A modulation is a one-year abatement: it does not reduce the base reconductible of the next year unless the
   * contract says so (CASF R314-43-2 III is silent on it).
   */
  MODULATION_ONE_YEAR("cpom:modulation-one-year", "a modulation is a one-year abatement",
      "une modulation est un abattement d'un an"),

  /**
   * What the activity abatement applies to, when the contract does not say (R314-43-2 III speaks of « la dotation
   * globale » without saying whether the CNR count): by default the perennial part of the year, the updated base
   * and the mesures nouvelles, not the CNR; a one-off credit is not the activity-funded part.
   */
  ABATEMENT_BASE("cpom:abatement-base", "the abatement applies to the perennial part",
      "l'abattement porte sur la part pérenne"),

  /**
   * The soins modulation of an EHPAD for occupancy (CASF R314-160) is a decrease by default: its 3° literally
   * speaks of an occupancy « at least equal » to the threshold, which conflicts with its 2°, and nothing grants an
   * increase; the symmetric reading (an increase of half the excess) is an explicit option. Dépendance (R314-174)
   * is modulated downward only.
   */
  EHPAD_MODULATION("cpom:ehpad-modulation", "the EHPAD modulation is a decrease",
      "la modulation d'un EHPAD est une baisse"),

  /**
   * The taux de réalisation of an ESMS is its days provided divided by its days funded (the days of activity the
   * dotation was set for). No article defines it: the library takes the definition of the ANAP's tableau de bord de
   * la performance dans le secteur médico-social, an indicator the authorities use, not a text; a year with no
   * funded days has no taux de réalisation and is rejected.
   */
  REALISATION_RATE("cpom:realisation-rate", "taux de réalisation: days provided over days funded",
      "taux de réalisation : journées réalisées sur journées financées"),

  // --- dotation ---

  /**
   * The order of a dotation's steps: each ESMS's amount is built (1) base reconductible of the year before,
   * (2) actualisation by the contract's R314-40 mode, (3) mesures nouvelles, (4) CNR, (5) the activity
   * modulation, (6) other adjustments, one trace step each; CASF R314-43-1 lists the parts, not their order.
   */
  DOTATION_STEPS("cpom:dotation-steps", "the order of a dotation's steps",
      "l'ordre des étapes d'une dotation"),

  /**
   * A base reconductible is zero or more, so an actualisation below -100 % is rejected; an ESMS's dotation of the
   * year is zero or more (the texts have no negative dotation).
   */
  DOTATION_NOT_NEGATIVE("cpom:dotation-not-negative", "a base and a dotation are zero or more",
      "une base et une dotation sont nulles ou positives"),

  /**
   * Mesures nouvelles (campaign practice, CASF R314-43-1): a mesure nouvelle is new funding, zero or more; it is
   * prorated from its start date, or taken at the crédits de paiement notified for the year (zero to its
   * full-year amount); it counts at full year in the base of the year after, whatever the year it was notified
   * in; it starts within the years of the DGC or dotation it is given to.
   */
  MESURES_NOUVELLES("cpom:mesures-nouvelles", "mesures nouvelles",
      "mesures nouvelles accordées"),

  /** CNR (crédits non reconductibles) are one-off credits of the year, zero or more, never in the next base. */
  CNR("cpom:cnr", "CNR are one-off credits of the year",
      "les CNR sont des crédits non reconductibles de l'année"),

  /** The inputs of one ESMS's year concern that one ESMS: its activity, its mesures nouvelles, its CNR. */
  ONE_ESMS_YEAR("cpom:one-esms-year", "a year's inputs concern one ESMS",
      "les données d'une année portent sur un seul ESMS"),

  /**
   * The dotation of an ESMS in no DGC follows the steps of a DGC member ({@link #DOTATION_STEPS}) for a year of
   * its contract, from a base zero or more.
   */
  SINGLE_ESMS_DOTATION("cpom:single-esms-dotation", "dotation of an ESMS in no DGC",
      "dotation d'un ESMS hors DGC"),

  /** A projection's years follow each other, one year after the other, without gap or repeat. */
  CONSECUTIVE_YEARS("cpom:consecutive-years", "a projection's years follow each other",
      "les années d'une projection se suivent"),

  // --- payment ---

  /**
   * A décision modificative is regularised at the first payment after the decision (CASF R314-108 says the
   * twelfths change, not when): the payments already made stay, the next one takes the difference.
   */
  DM_REGULARISATION("cpom:dm-regularisation", "CASF R314-108, regularised at the first payment after the decision",
      "CASF R314-108, régularisé au premier versement après la décision"),

  /**
   * UNVERIFIED payment day of the assurance-maladie twelfths: no day was found in the CSS texts read
   * (R174-9, R174-16-1 to R174-16-5); the library defaults to the day of CASF R314-107, the 20th, as a dated
   * parameter the caller can replace.
   */
  CSS_PAYMENT_DAY("cpom:css-payment-day", "UNVERIFIED assurance-maladie payment day, cpom default",
      "jour de paiement de l'assurance maladie NON VÉRIFIÉ, valeur par défaut de cpom"),

  /**
   * The decision fixing a year's amount is notified in that year or in the year before, never earlier: the
   * tariff is fixed year by year, a multi-year contract included (CASF R314-40 sets the modalités of the annual
   * fixing, not the amounts of later years), and the 60 days of CASF R314-36 run from the publication of the
   * year's dotations régionales limitatives or objectif annuel, which comes at the earliest at the end of the
   * year before. An arrêté notified earlier is taken for a wrong year or date and rejected.
   */
  NOTIFICATION_YEAR("cpom:notification-year", "a year's decision is notified in that year or the year before",
      "la décision d'une année est notifiée dans l'année ou l'année précédente"),

  // --- budget ---

  /** A budget account is a number of the plan comptable, class 6 (charges) or 7 (produits), at most 15 digits. */
  BUDGET_ACCOUNT("cpom:budget-account", "budget account (plan comptable classes 6 and 7)",
      "compte budgétaire (plan comptable, classes 6 et 7)"),

  /**
   * The account mapping table is read in one format: one line per account, semicolon-separated, its columns
   * account, groupe fonctionnel, status, label and source; a line out of format is rejected with its number.
   */
  ACCOUNT_MAPPING_FORMAT("cpom:account-mapping-format", "account mapping format",
      "format de la table de correspondance des comptes"),

  /**
   * A budget covers at least one ESMS, each once; each line is of one of those ESMS and of a section its framework
   * has; the lines total at most {@code Long.MAX_VALUE} cents in absolute value, so that every view is exact.
   */
  BUDGET_LINES("cpom:budget-lines", "budget lines",
      "lignes budgétaires"),

  /** An index of a line counts from zero and is within the lines given. */
  LINE_INDEX("cpom:line-index", "an index of a line",
      "le rang d'une ligne"),

  /**
   * Budget base zéro (BBZ) is a method of the library, not a legal text: every line of a BBZ budget is built from a
   * justification, not from last years budget; its amounts are zero or more, a cost goes to a charges group and an
   * other revenue to the produits groups II or III.
   */
  BBZ("cpom:bbz", "budget base zéro",
      "budget base zéro (BBZ)"),

  /**
   * A BBZ activity has places within the engine bounds, 1 to 366 days open and an expected occupancy above 0 and at
   * most 100 %.
   */
  BBZ_ACTIVITY("cpom:bbz-activity", "BBZ activity",
      "activité du BBZ"),

  /**
   * A BBZ activity-driven cost has a unit cost zero or more and a justification.
   */
  BBZ_ACTIVITY_COST("cpom:bbz-activity-cost", "BBZ activity-driven cost",
      "coût du BBZ lié à l'activité"),

  /** A BBZ staffing post has an ETP zero or more, at most the places of the largest ESMS, and a cost in range. */
  BBZ_STAFFING("cpom:bbz-staffing", "BBZ staffing plan",
      "tableau des effectifs du BBZ"),

  /**
   * BBZ decision packages are chosen within an enveloppe of zero or more, each package once, and their costs total at
   * most {@code Long.MAX_VALUE} cents so that every total shown is exact.
   */
  BBZ_PACKAGES("cpom:bbz-packages", "BBZ decision packages",
      "paquets de décision du BBZ"),

  /**
   * The matrice de suivi budgétaire is of one exercice: its budget and actual entries, and the last month closed,
   * are months of that year; the entries total at most {@code Long.MAX_VALUE} cents in absolute value, so that
   * every figure, forecasts included, is exact.
   */
  MATRICE_DE_SUIVI("cpom:matrice-de-suivi", "matrice de suivi budgétaire",
      "matrice de suivi budgétaire (suivi en cours d'exercice)"),

  // --- result ---

  /**
   * An exercice's comptes de résultat: at least one, one result per compte; an allocation proposal names only
   * comptes de résultat of the exercice.
   */
  EXERCICE_COMPTES("cpom:exercice-comptes", "an exercice's comptes de résultat",
      "les comptes de résultat d'un exercice"),

  /**
   * Each reserve account holds a balance on its own side: a balance is given as zero or more on the accounts own
   * side (credit for a reserve, debit for a report à nouveau déficitaire), never as a negative amount; the balances
   * total at most {@code Long.MAX_VALUE} cents.
   */
  RESERVE_BALANCE_SIDE("cpom:reserve-balance-side", "each reserve account holds a balance on its own side",
      "chaque compte de réserve a un solde de son propre sens"),

  /** Reserve balances carry from year to year: the ledger given to an exercice ends with the exercice before. */
  RESERVE_CARRY("cpom:reserve-carry", "reserve balances carry from year to year",
      "les soldes des réserves se reportent d'une année sur l'autre"),

  /**
   * An allocation proposal is consistent with itself: the amounts it moves are above zero, and a deficit is spread
   * over at most a bounded number of exercices, far above the three of CASF R314-51 III, which the allocation
   * checks.
   */
  ALLOCATION_PROPOSAL("cpom:allocation-proposal", "allocation proposal",
      "proposition d'affectation"),

  // --- accounts ---

  /**
   * How a FEC (fichier des écritures comptables, LPF A47 A-1) is read beyond what the article fixes: dates
   * strictly AAAAMMJJ; amounts in cents (at most two decimals, more only as trailing zeros); a line at most
   * 20,000 characters and a field at most 1,000; every écriture (JournalCode + EcritureNum) balances, its debits
   * equal to its credits, although the article does not say so and the DGFiP's checker no longer tests it,
   * because the accounts read from it must be exact; at most 100,000 écritures unbalanced at the same point of
   * the file (an écriture's lines need not be contiguous; one that balances is forgotten); at most 100 errors
   * reported, the read stopping at the 100th; at most 100 warnings kept, all counted.
   */
  FEC_READING("cpom:fec-reading", "how a FEC is read",
      "lecture d'un FEC"),

  /**
   * A trial balance (balance générale) has no legal format: cpom takes the shape the DGFiP's checker derives
   * from a FEC, per account (CompteNum, the first CompteLib read as its label) the à-nouveaux debit and credit,
   * the movements debit and credit of the other lines, and the closing balance on its side (debit when the
   * debits exceed the credits, else credit). The à-nouveaux are the lines of the journals the caller names,
   * {@code AN} and {@code RAN} by default (the article only says the à-nouveau écritures come first). At most
   * 100,000 accounts.
   */
  TRIAL_BALANCE("cpom:trial-balance", "trial balance (balance générale) from a FEC",
      "balance générale tirée d'un FEC"),

  /**
   * How a ledger is split into its comptes de résultat: the 18 fields of the FEC have no analytic field, so each
   * line of classes 6 and 7 is tied to a compte de résultat (or to a pool of charges communes) by a table the
   * integrator gives, by its journal code, the longest matching suffix of its account number, or the code it holds
   * in a field the file adds after the 18 (such as an analytic section); a line that matches no row, or two
   * rows with different targets, is rejected, every such line reported at once up to 100. Charges are the debits
   * less the credits of class 6, produits the credits less the debits of class 7; the lines of the other classes
   * (the bilan) are not read. A table holds at most 10,000 rows.
   */
  VENTILATION("cpom:ventilation", "ventilation of a ledger into comptes de résultat",
      "ventilation d'un grand livre entre les comptes de résultat"),

  /**
   * How the charges communes are split (tableau de répartition des charges communes, CASF R314-213 I 7°, which
   * gives no method): each pool's charges, and its produits, are split for each groupe fonctionnel or section
   * separately, in proportion to the keys given, by the largest-remainder method ({@link #LARGEST_REMAINDER}), so
   * that each split sums exactly to its total and the comptes' results sum to the ledger's. A key may be zero; a
   * pool needs one key above zero. At most 10,000 keys.
   */
  CHARGES_COMMUNES("cpom:charges-communes", "split of the charges communes by keys",
      "répartition des charges communes selon des clés"),

  /**
   * How the financial tables are read from a trial balance (balance générale) before the closing entries, at the
   * EPRD/ERRD perimeter: the result of the exercice is the produits of class 7 less the charges of class 6; the
   * CAF adds back to it the charges calculées and takes out the produits calculés of a {@code CafAccounts}
   * reading (by default the ERRD « Ratios financiers » list: 68, 675; 78, 775, 777, 778), and the subtractive
   * method starts from the excédent brut d'exploitation (EBE: accounts 70 to 74 less 60 to 64) and adds the
   * other produits and charges that are not calculated, so both give one figure. FRNG: the balances of classes 1
   * and 2 and of 39, 49 and 59 (credit positive) plus the result of the exercice; BFR: the balances of classes 3
   * and 4 other than 39 and 49 (debit positive: actif circulant less passif circulant); trésorerie: the balances
   * of class 5 other than 59 (debit positive). A provision account with a balance on the unusual side is counted
   * with its sign. The accounts of the other classes (0, 8, 9, or a number not starting with a digit) must
   * balance to zero, else the trial balance is rejected; so FRNG less BFR equals the trésorerie to the cent. An
   * aggregate in days of charges is amount × day base / charges, to two decimals, half away from zero; no text
   * gives the denominator for an ESMS, so the caller passes it with the base (360 to 366).
   */
  FINANCIAL_ANALYSIS("cpom:financial-analysis", "financial tables (CAF, FRNG, BFR, trésorerie) from a trial balance",
      "analyse financière (CAF, FRNG, BFR, trésorerie) tirée d'une balance générale"),

  /**
   * How the équilibre réel of an EPRD is tested (CASF R314-221 1°, R314-222): 1° each compte's forecast tariff
   * revenue equals the notified amounts to the cent; 3° the loans other than renegotiations fund the investments
   * first, and what is left of them over the capital due is repayments financed by loans, a violation from one
   * cent; 4° the CAF at least the capital due (equal passes, a negative CAF fails even with none due); II: a compte in the CPOM may forecast a deficit only
   * if the caller states it compatible with the PGFP (no PGFP engine yet), a compte outside the CPOM or tariffed by
   * the préfet forecasts a result of exactly zero, an activity of R314-74 zero or a surplus; the ESAT commercial
   * budgets (II 4°, text not read) and the conditions 2° and 5° (sincerity, earmarked revenue: judgements, not
   * figures) are not tested. Every failed test is reported, in the order I 1°, 3°, 4°, II.
   */
  EQUILIBRE_REEL("cpom:equilibre-reel", "the équilibre réel tests of an EPRD",
      "les conditions de l'équilibre réel d'un EPRD"),

  /**
   * How the month of CASF R314-229 II is counted, which the text does not date: from the day the updated forecast
   * that meets a condition of R314-229 III is established, to the same day of the next month, or that month's last
   * day when it is shorter (31 January gives 28 February, or 29 February in a leap year); not moved off a
   * non-working day. 1° is met when the updated CAF is below the capital due (equal covers it); 2° when a
   * prélèvement above zero exceeds the FRNG at 1 January (a negative FRNG leaves nothing to draw on).
   */
  DECISION_MODIFICATIVE_MONTH("cpom:decision-modificative-month", "the month to present a décision modificative",
      "le délai d'un mois pour présenter une décision modificative"),

  /**
   * How the bilan financier is read from a trial balance: the FRNG of {@link #FINANCIAL_ANALYSIS} split into the
   * FRI and the FRE by account prefixes (longest match; an account matching neither list is FRI; the result not
   * yet carried to 12 is FRE), so FRI + FRE = FRNG; the default lists are the usual reading of the CNSA bilan
   * financier, unverified (FRE: 10685, 10686, 11, 12, 141, 15, 165, 1688, 39, 49, 59). The CASF R314-48 III BFR
   * is its own list of accounts (default 3 less 39, 401, 403, 408, 409, 41 to 44, 486, 487, 165), beside the
   * balance-sheet BFR. The days are amount × day base / charges, the charges being class 6 less the prefixes a
   * reading leaves out (default 68 and 675, base 365), to two decimals, half away from zero, and empty when the
   * charges are not above zero.
   */
  BILAN_FINANCIER("cpom:bilan-financier", "bilan financier: FRI and FRE, the R314-48 III BFR, days of charges",
      "bilan financier : FRI et FRE, BFR de l'article R314-48, jours de charges"),

  /**
   * How the tableau de financement is read from the trial balance of an exercice: FRNG(N−1) from the à-nouveaux
   * (classes 1, 2, 6, 7 and 39, 49, 59), FRNG(N) from the closing balances; the ressources (CAF, credits to 10
   * except 106 and 13 except 139, to 16 except 1688, the net credit of 775, credits to 27 except 2768) and the
   * emplois (insuffisance d'autofinancement, debits to 16 except 1688, to 20, 21, 23, 26, 27 except 2768) from the
   * movements; every other change of the FRNG is an autres variations line, so the apport (ressources − emplois,
   * a prélèvement when negative) gives FRNG(N) = FRNG(N−1) + apport to the cent. The 481 increase of the cadre is
   * not an emploi: this floor counts 481 in the BFR.
   */
  TABLEAU_DE_FINANCEMENT("cpom:tableau-de-financement", "tableau de financement from a trial balance",
      "tableau de financement tiré d'une balance générale"),

  /**
   * How the ratios of the ERRD are read from a trial balance: taux de CAF = CAF / class 7 less 775, 777, 7781 and
   * 78, with 709 and 713 counted with their sign (a rebate lowers the produits); taux de vétusté (2813 + 2814) /
   * (213 + 214), 2815 / 215, 2818 / 218; debt = 16 less 165, 1688, 169 (the M22 guide's reading for an ESMS: the
   * dépôts et cautionnements reçus are not borrowing; the EPS arrêté of 7 May 2012 keeps 165); financements stables = 10, 11, 13, 14, 15 plus the debt; indépendance financière = debt /
   * financements stables; durée apparente = debt / CAF in years, empty when the CAF is not above zero; taux
   * d'endettement = debt over the produits (default) or the capitaux permanents, its formula being unverified;
   * taux de prestations externes = (6111 + 6112 + 621 + 6223 + 6226) / (621, 622, 631, 633, 64 + 6111 + 6112),
   * every amount counted since a trial balance cannot tell the direct services; frais de siège 6556 + 6558. Each
   * rate is rounded to four decimals of the fraction, half away from zero, and empty for a zero denominator.
   */
  FINANCIAL_RATIOS("cpom:financial-ratios", "financial ratios of the ERRD from a trial balance",
      "ratios financiers de l'ERRD tirés d'une balance générale"),

  /**
   * Where the thresholds of the financial ratios come from, none being a legal threshold for an ESMS: taux de
   * CAF below 2 %, the CNSA's « critère de déséquilibre financier » as Hélios prints it (secondary); indépendance
   * financière above 50 %, durée apparente above 10 years and encours above 30 % of the produits, the three CSP
   * D6145-70 criteria for public health establishments (two of them met: borrowing needs the ARS's authorisation)
   * that the M22 guide applies to ESMS one by one (secondary): each is an alert of its own, no authorisation rule
   * drawn for an ESMS. Each is dated from 1 January 2017, the first EPRD/ERRD
   * exercice.
   */
  FINANCE_THRESHOLDS("cpom:finance-thresholds", "thresholds of the financial ratios and their sources",
      "seuils des ratios financiers et leurs sources"),

  // investment: depreciation
  /**
   * When straight-line depreciation starts: the PCG starts it at the mise en service; whether an ESMS under M22
   * prorates is not verified, so the convention is a parameter, by default prorata temporis by actual days (the days
   * from the mise en service to 31 December, both counted, over 365 or 366); also by days 30/360 (a 31st counts as
   * the 30th, over 360), by months (the month of the mise en service counts whole, over 12), or a full year from
   * 1 January of the year after. The exercice is the calendar year.
   */
  DEPRECIATION_PRORATA("cpom:depreciation-prorata", "prorata temporis of the first year of depreciation",
      "prorata temporis de la première année d'amortissement"),
  /**
   * A straight-line plan: the cumulative at the end of each exercice is the amount depreciated (gross less residual)
   * times the time elapsed over the duration, rounded half up to the cent; each dotation is the difference of two
   * cumulatives, so none is negative, the last takes the remainder and they sum exactly to the amount depreciated.
   * An asset's dates (mise en service, order) fall in the years 1900 to 2200, as a contract's do, and its
   * components total at most {@code Long.MAX_VALUE} cents.
   */
  DEPRECIATION_SCHEDULE("cpom:depreciation-schedule", "straight-line depreciation schedule to the cent",
      "plan d'amortissement linéaire au centime"),
  /**
   * The plan opposable au tarificateur: a second plan over the duration the authority accepts, beside the
   * accounting plan; a shorter duration books the difference as amortissement dérogatoire (68725 to 145, reversed
   * by 78725), a longer one defers the excess accounting depreciation to 1161.
   */
  TARIFF_DEPRECIATION_PLAN("cpom:tariff-depreciation-plan", "tariff depreciation plan beside the accounting plan",
      "plan d'amortissement opposable au tarificateur"),
  /**
   * The reprise of an investment subsidy (777) at the pace of the asset it funds: the cumulative reprise is the
   * subsidy times the asset's cumulative depreciation over its amount depreciated, rounded half up to the cent.
   */
  SUBSIDY_REPRISE("cpom:subsidy-reprise", "reprise of an investment subsidy at the asset's pace",
      "reprise de subvention d'investissement au rythme de l'amortissement"),
  // investment: loans
  /**
   * A loan schedule: proportional periodic rate, interest rounded half up to the cent per instalment in one exact
   * division (outstanding × annual rate ÷ instalments per year, or × the day count's year fraction for a broken period), the last
   * instalment repaying all the capital still due, a broken first period by the contract's day count, payment dates
   * counted from the first regular date.
   */
  LOAN_SCHEDULE("cpom:loan-schedule", "loan schedule to the cent", "tableau d'amortissement d'emprunt au centime"),
  /**
   * A loan's broken first period: from the drawdown to the first regular date, at most one period long; its
   * interest by the contract's day count, paid as a separate line of intérêts intercalaires on the first regular
   * date by default, or added to the first regular instalment when the contract says so.
   */
  LOAN_BROKEN_PERIOD("cpom:loan-broken-period", "broken first period of a loan and how its interest is paid",
      "période brisée d'un emprunt et paiement de ses intérêts (intercalaires)"),

  // investment: ppi and surcoûts
  /**
   * The financing plan of a PPI operation: investment subsidies (c/13), loans (c/16) and a draw on the excédents
   * affectés à l'investissement (c/10682), the rest from the fonds de roulement; never more than the cost; the
   * spending by year sums to the cost, in the year of the mise en service by default.
   */
  PPI_FINANCING("cpom:ppi-financing", "financing plan of a PPI operation",
      "plan de financement d'une opération du PPI"),
  /**
   * The surcoût of an investment in an exercice: the dotations of the tariff plan, plus the interest accrued on its
   * loans, less the reprise of its subsidies (c/777) and the reprise of the réserve de compensation des charges
   * d'amortissement (c/10687) used; the subsidy netting can be switched off.
   */
  INVESTMENT_SURCOUT("cpom:investment-surcout", "surcoût of an investment, year by year",
      "surcoût d'un investissement, année par année"),
  /**
   * The interest charge of a loan in an exercice: each instalment's interest spread over the days of its period in
   * each calendar year, the last year of the period taking the remainder, so the years sum to the instalment.
   */
  LOAN_INTEREST_ACCRUAL("cpom:loan-interest-accrual", "loan interest accrued by exercice",
      "intérêts d'emprunt rattachés à l'exercice"),
  /**
   * A PPI brought into the PGFP: its spending as acquisitions, its subsidies when received, its loans when drawn, the
   * capital repaid when due, its accounting dotations and subsidy reprises, and the accrued interest as a charge
   * décaissable.
   */
  PPI_IN_PGFP("cpom:ppi-in-pgfp", "the PPI in the PGFP", "le PPI dans le PGFP"),

  // investment: pgfp
  /**
   * The years of a PGFP: the « période glissante de six ans » of R314-213 I 6° counted as N, the EPRD's year, then
   * N+1 to N+5, consecutive, from the bilan at 31 December of N−1; another length only when stated.
   */
  PGFP_HORIZON("cpom:pgfp-horizon", "six sliding years of the PGFP, N to N+5",
      "six années glissantes du PGFP, de N à N+5"),
  /**
   * The trajectory of a PGFP year: result, additive CAF, tableau de financement, FRNG(N) = FRNG(N−1) + apport,
   * trésorerie = FRNG − BFR.
   */
  PGFP_TRAJECTORY("cpom:pgfp-trajectory", "PGFP trajectory year by year",
      "trajectoire du PGFP année par année"),
  /**
   * The contract's financial evaluation: each line of means is a yearly cost from a contract year (the first by
   * default); mesures nouvelles, redeployments and lines within the base count from that year through the last, CNR
   * in their year only; the extra cost of a year is the mesures nouvelles plus the CNR, cumulated from year 1, every
   * total the exact sum of its lines; a contract year belongs to the exercice it starts in, where a PGFP takes its
   * extra cost into both the produits de la tarification and the charges décaissables.
   */
  CONTRACT_EVALUATION("cpom:contract-evaluation", "the contract's financial evaluation year by year",
      "évaluation financière du contrat année par année"),
  /**
   * When a PGFP absorbs a forecast deficit (R314-222 II 1°): every year-end trésorerie at or above a floor, zero by
   * default, and the cumulated result zero or more at the end of the plan.
   */
  PGFP_DEFICIT_ABSORBED("cpom:pgfp-deficit-absorbed", "deficit absorbed by the PGFP trajectory",
      "déficit absorbé par la trajectoire du PGFP"),

  // --- dialogue: staff ---

  /**
   * A set of staff records is checked whole before any indicator is computed. A staff member (salarié) has an id
   * (not blank, at most 64 characters, unique in the set), a birth date, a hire date not before the birth, an
   * optional leave date (the last day worked) not before the hire, an ETP above 0 and at most 1 with at most six
   * decimals, and a contract type; a CDD de remplacement
   * states its reason (Code du travail L1242-2 1°), another contract states none. An absence names a staff member
   * of the set, runs from a first to a last day (both counted, the last not before the first), falls inside that
   * member's employment (hire to leave), and does not overlap another absence of the same member. The first broken
   * rule is reported naming the record (its id, or the absence's member and first day) and the field; nothing is
   * computed from a partly valid set. Dates fall in the years 1900 to 2200, the year computed in 1901 to 2200. A
   * person with two successive contracts is two records.
   */
  STAFF_RECORDS("cpom:staff-records", "staff records checked whole before any indicator",
      "dossiers du personnel contrôlés en entier avant tout indicateur"),

  /**
   * The effectif at 31 December of a year is the staff carried into the next year: hired on or before 31 December
   * and not leaving on or before it (a member whose last day is 31 December is a departure of that year, not in
   * its effectif). A hire of year N is a hire date in N, a departure a leave date in N, so the effectif at 31/12/N
   * is exactly the effectif at 31/12/N-1 plus the hires less the departures. The taux de rotation is the tableau
   * de bord's (ATIH, as Hélios prints it, secondary): (recrutements / effectif réel au 31/12/N-1 + départs /
   * effectif réel au 31/12/N-1) / 2, worked as (hires + departures) / (2 × effectif) in one exact division, in
   * percent rounded half up to two decimals, empty for an effectif of zero. The tableau de bord reads it on the
   * « effectifs CDI ou titulaires », so by default the effectif, hires and departures of the rotation count the CDI
   * and titulaires only; the caller may choose other contract types. The nombre de CDD de remplacement counts the
   * CDD de remplacement in force on at least one day of the year.
   */
  STAFF_ROTATION("cpom:staff-rotation", "staff headcount at 31 December and rotation rate",
      "effectif au 31 décembre et taux de rotation du personnel"),

  /**
   * The age of a staff member is in whole years reached on 31 December of the year; the âge moyen is the sum of
   * the ages of the effectif at 31 December over its count (no official formula was found: a documented default),
   * rounded half up to two decimals, empty for an effectif of zero. The pyramide des âges counts the same
   * effectif (all contract types) by age band; the bands are a parameter, by default under 25, then five-year bands
   * 25-29 to 55-59, then 60 and over (the tableau de bord's bands were not found).
   */
  STAFF_AGE("cpom:staff-age", "average age and age pyramid at 31 December",
      "âge moyen et pyramide des âges au 31 décembre"),

  /**
   * ETP réels of a year, from the records: each member's ETP times the days employed in the year (hire to leave,
   * clipped to the year, both counted), summed, over the days of the year (365 or 366), so a full-time member
   * employed all year is 1 ETP in a leap year too. The tableau de bord counts ETP réalisés from the hours paid; a
   * record holds no hours, so the contractual ETP stands for them. Shown rounded half up to two decimals; every
   * rate is worked from the exact sum.
   */
  STAFF_ETP("cpom:staff-etp", "ETP réels prorated over the days employed",
      "ETP réels au prorata des jours d'emploi"),

  /**
   * The taux d'absentéisme of the tableau de bord (ATIH, as Hélios prints it, secondary): the calendar days of
   * absence by motive (the six motives of {@code MotifAbsence}, congés payés and training left out) over ETP réels
   * × 365. Each absence counts its calendar days inside the year, both ends counted (an absence across
   * 31 December counts in each year its own days), whatever the member's ETP. The 365 is the tableau de bord's
   * even in a leap year; the caller may take the days of the year instead. The overall rate is worked in one
   * exact division and rounded half up to two decimals of a percent; the rates by motive share that rounded
   * overall rate in hundredths of a percent by the largest remainder on their exact rates: each motive takes its
   * exact rate rounded down to the hundredth, and the hundredths left to reach the overall rate (never more than
   * the number of motives) go one each to the largest remainders, ties to the motive first in the enum's order.
   * So the motives sum exactly to the overall rate and each is within a hundredth of its own exact rate (it may
   * then differ by a hundredth from that rate rounded alone). Empty for ETP réels of zero.
   */
  STAFF_ABSENTEEISM("cpom:staff-absenteeism", "absenteeism rate overall and by motive, summing exactly",
      "taux d'absentéisme global et par motif, dont la somme est exacte"),

  /**
   * The taux de prestations externes sur les prestations directes of the tableau de bord (ATIH, as Hélios prints
   * it, secondary): (6111 + 6112 + 621 + 6223 + 6226) / (dépenses de personnel of groupe II + 6111 + 6112), where
   * 621 and 6226 count only what relates to the direct services (62111 personnel administratif et hôtelier left
   * out): the caller, who knows which part that is, gives the amounts. In percent rounded half up to two decimals,
   * empty for a zero denominator.
   */
  STAFF_EXTERNAL_SERVICES("cpom:staff-external-services", "rate of external services over direct services",
      "taux de prestations externes sur les prestations directes"),
  // renewal and control
  /**
   * The origin of the reserves weighed at a renewal (CASF R314-43-3): only the credit reports à nouveau and the
   * reserves built from tariff revenue or from public subsidies (State, ARS, local authorities and their bodies,
   * social security) count. The ledger keeps no origin, so the caller states the parts built otherwise (the
   * gestionnaire's own revenue); what it does not attribute counts as built from tariff revenue, the usual case of
   * an ESMS funded by its tariff. Debit balances (119, 1141) are not netted: the text speaks of excess reports and
   * reserves only.
   */
  RENEWAL_RESERVE_ORIGIN("cpom:renewal-reserve-origin", "origin of the reserves weighed at a renewal",
      "origine des réserves examinées au renouvellement"),
  /**
   * The reference period of the reserves weighed at a renewal: R314-43-5 sets it and was not read, so the period is
   * the caller's input and the balances are those the ledger holds after the allocation of its last exercice.
   */
  RENEWAL_REFERENCE_PERIOD("cpom:renewal-reference-period", "reference period of the reserves at a renewal, given",
      "période de référence des réserves au renouvellement, donnée"),
  /**
   * The cap of the modulation at a renewal (R314-43-3): half of the unjustified amount, rounded down to the cent so
   * that the total never exceeds half.
   */
  RENEWAL_HALF_CAP("cpom:renewal-half-cap", "half of the unjustified amount, rounded down to the cent",
      "la moitié du montant injustifié, arrondie au centime inférieur"),
  /**
   * The five years of R314-236 run from the day the ERRD was received to the same day five years later, that day
   * included; the date tested is that of the tariff decision taking the rejection into account.
   */
  REJECTION_DEADLINE("cpom:rejection-deadline", "five years after the ERRD's receipt, the anniversary included",
      "cinq ans après la réception de l'ERRD, jour anniversaire compris"),
  /**
   * A DM the authority asked for and that was not adopted (R314-230 II): the tariff impact of cases 3° to 5°, as the
   * caller states it, is carried whole into the EPRD that follows, read as the dotation of the next exercice;
   * cases 1° and 2° carry nothing, the text giving them no fallback.
   */
  AUTHORITY_DM_CARRY_OVER("cpom:authority-dm-carry-over", "an authority's DM not adopted, carried to the next year",
      "DM demandée non adoptée, reportée sur l'exercice suivant"),

  // --- dialogue de gestion: catalogue and people accompanied ---

  /**
   * The indicator catalogue of the dialogue de gestion: each indicator has a stable key (lower-case letters,
   * digits, dots and hyphens, starting with a letter, at most 100 characters; no ANAP code was found, so cpom
   * names its own), a French label, a definition (numerator, denominator when it is a rate, unit, period), the
   * ESMS categories it applies to and its source with a status: verified, secondary, or the library's documented
   * default where no official formula was found. The integrator adds the contract's own indicators in the same
   * form; a key given twice is rejected.
   */
  INDICATOR_CATALOGUE("cpom:indicator-catalogue", "indicator catalogue of the dialogue de gestion",
      "catalogue des indicateurs du dialogue de gestion"),

  /**
   * A rate of the dialogue de gestion is its numerator over its denominator kept exactly as two counts; its
   * fraction is rounded half up to six decimals, and its percentage for display is rounded half up to two
   * decimals from the exact ratio (never from the rounded fraction), so 7 of 60 shows 11.67 %. A rate whose
   * denominator is zero is empty, never a made-up figure.
   */
  DIALOGUE_RATES("cpom:dialogue-rates", "dialogue rates: exact counts, six decimals, percent to two",
      "taux du dialogue : effectifs exacts, six décimales, pourcentage à deux"),

  /**
   * The records of people accompanied: one record per accompaniment (séjour) with a unique id; the stay runs
   * from the entry date to the exit date, both days included, or is still open; the person is in the effectif on
   * 31 December when the entry is on or before it and there is no exit on or before it; a definitive exit of the
   * year is an exit dated in the year. The file active is the effectif on 31 December plus the definitive exits
   * (ANAP TdB as Hélios quotes it). Days of presence are at most the days of the stay inside the year. A set of
   * records is validated whole before anything is computed: the first bad record is rejected naming its index,
   * its id and its field.
   */
  PEOPLE_RECORDS("cpom:people-records", "records of people accompanied",
      "dossiers des personnes accompagnées"),

  /**
   * The part des « Creton » (no official formula found): by default, the people kept beyond the age limit by a
   * CDAPH decision under CASF L242-4 (flag of the record) and aged 20 or more on 31 December, over the effectif on
   * 31 December, in an IME, IEM, EEAP or SESSAD. The age (a higher agreed age limit), the count (persons on 31 December, the
   * file active or days of presence in the year), whether the decision is required (or age alone, as an ARS proxy does) and the
   * categories are parameters of the definition, which the result names.
   */
  CRETON_SHARE("cpom:creton-share", "share of Creton young adults",
      "part des jeunes adultes relevant de l'amendement Creton"),

  /**
   * The part des personnes d'autres départements (no official formula found): by default, the people whose
   * département of domicile de secours (which decides who pays under L242-4 and the aide sociale) differs from
   * the ESMS's département, read from its FINESS number, over the effectif on 31 December; the count may be the
   * file active instead, a parameter the result names.
   */
  OTHER_DEPARTEMENTS_SHARE("cpom:other-departements-share", "share of people from other départements",
      "part des personnes d'autres départements"),

  // --- dialogue de gestion: finance and quality ---

  /**
   * The finance item of the dialogue de gestion (situation financière et indicateurs d'alerte): from a trial
   * balance, the taux de CAF (ERRD reading of the CAF) and the three taux de vétusté of the financial ratios, the
   * FRNG, the balance-sheet BFR and the trésorerie (FRNG − BFR) of the bilan financier, and the alerts of the
   * thresholds in force on 1 January of the exercice, the taux d'endettement read on the produits. Without a trial
   * balance, the caller gives the same figures and the same formulas, roundings and alerts apply; a gross value, a
   * depreciation or a debt below zero, or financements stables below the debt, is rejected.
   */
  DIALOGUE_FINANCE("cpom:dialogue-finance", "finance indicators of the dialogue de gestion",
      "indicateurs financiers du dialogue de gestion"),

  /**
   * The quality records and their counts: a complaint (réclamation) has an id, the ESMS concerned, the date received,
   * a level-one motive (the thirteen of SI-REC) and the date closed once handled, not before the receipt; it counts in
   * the year received, and as closed when closed by 31 December. An adverse event has an id, the ESMS where it
   * happened, the day it happened, the day declared (not before), and its kind: not serious, a dysfonctionnement or
   * événement grave (CASF L331-8-1) or an EIGS (CSP R1413-67), the last two being serious; it counts in the year it
   * happened. An HAS evaluation result has an id, the ESMS, the report date and the criteria assessed (above zero),
   * satisfied (at most those assessed) and the critères impératifs not satisfied (at most those not satisfied), as
   * the report reads; the one counted is the latest reported on or before 31 December. Ids are unique in each
   * list; records of other ESMS are left out of an ESMS's counts.
   */
  QUALITY_RECORDS("cpom:quality-records", "quality records: complaints, adverse events, HAS evaluations",
      "dossiers qualité : réclamations, événements indésirables, évaluations HAS"),

  /**
   * The quality counts per 1,000 days of presence (no official formula found): the complaints received and the
   * adverse events that happened in the year, times 1,000, over the days of presence of the ESMS in the year,
   * rounded half up to two decimals, empty for zero days. Days rather than persons or places, so that a service with
   * a large file active and an internat are compared on the time actually spent in their care.
   */
  QUALITY_PER_THOUSAND_DAYS("cpom:quality-per-thousand-days", "quality counts per 1,000 days of presence",
      "indicateurs qualité pour 1 000 journées de présence"),

  /**
   * The targets of the dialogue indicators: a value observed for an exercice belongs to the contract year holding
   * 31 December of that exercice; its target is the one the linked fiche-action indicator sets for that contract
   * year, in the version of the fiche-action in force during the year; the caller links a fiche-action indicator
   * to a catalogue key (for the whole CPOM or one ESMS the fiche-action concerns); the target is met when the
   * value is on the target's side or on it, in the indicator's direction.
   */
  DIALOGUE_TARGETS("cpom:dialogue-targets", "targets of the dialogue indicators from the fiches-actions",
      "cibles des indicateurs du dialogue tirées des fiches-actions"),

  /**
   * The trend of a dialogue indicator: its value against the value of the same key and scope in the latest earlier
   * exercice of the contract that has one: up, down, or stable when exactly equal; improved or worsened where the
   * direction is known (from the linked fiche-action indicator, else from the alert threshold).
   */
  DIALOGUE_TREND("cpom:dialogue-trend", "trend against the earlier years of the contract",
      "évolution par rapport aux années antérieures du contrat"),

  /**
   * The alert thresholds of the dialogue indicators: dated parameters with their source, crossed when the value is
   * strictly on the worse side. The library's defaults: a taux de CAF below 2 % (CNSA wording quoted by Hélios),
   * an occupancy above 120 % (Hélios's « valeur atypique », a data-quality flag) and an absenteeism above 10 % (no
   * official threshold found: the library's default, to be replaced by the contract's).
   */
  DIALOGUE_THRESHOLDS("cpom:dialogue-thresholds", "alert thresholds of the dialogue indicators",
      "seuils d'alerte des indicateurs du dialogue"),

  /**
   * The yearly report of the dialogue de gestion: for one exercice of the contract, per ESMS of the perimeter and
   * for the whole CPOM, the activity, the indicators against their targets and earlier years, the alerts, the
   * grille d'avancement, the finance summary and each DGC's amount, shares and payments dated on or before the
   * date the report is drawn up on. Inputs of another year, of an ESMS outside the perimeter or of a DGC of another
   * contract are rejected before anything is assembled.
   */
  DIALOGUE_REPORT("cpom:dialogue-report", "yearly report of the dialogue de gestion",
      "rapport annuel du dialogue de gestion");

  private final String id;
  private final String title;
  private final String frenchTitle;

  Convention(String id, String title, String frenchTitle) {
    this.id = id;
    this.title = title;
    this.frenchTitle = frenchTitle;
  }

  /**
   * The stable identifier, such as {@code cpom:largest-remainder}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * A short title, such as "largest-remainder split".
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The short title in French or English (intitulé), such as "répartition au plus fort reste" or
   * "largest-remainder split"; the English one is {@link #title()}. The same French title is beside the English
   * one in {@code docs/conventions.md}.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH} (any country variant)
   * @return the title in that language
   * @throws CpomValidationException if the locale's language is neither French nor English
   *     ({@link #LABEL_LANGUAGES})
   */
  public String title(Locale locale) {
    return Languages.isFrench(locale) ? frenchTitle : title;
  }
}
