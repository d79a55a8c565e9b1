/**
 * The financial analysis of the EPRD/ERRD perimeter: the tables an authority reads from the gestionnaire's
 * accounts (CASF R314-213 I) — the capacité d'autofinancement by the additive and the subtractive methods, the
 * fonds de roulement net global, the besoin en fonds de roulement and the trésorerie, expressed in euros and in days
 * of charges ({@link org.cpom.finance.AnalyseFinanciere}); the bilan financier, with the FRNG split into FRI and FRE
 * and the besoin en fonds de roulement of CASF R314-48 III beside the balance-sheet one
 * ({@link org.cpom.finance.BilanFinancier}); the tableau de financement, whose apport or prélèvement carries the
 * FRNG of N−1 to that of N ({@link org.cpom.finance.TableauDeFinancement}); and the ratios of the ERRD with their
 * alerts against dated thresholds ({@link org.cpom.finance.RatiosFinanciers}, {@link org.cpom.finance.Seuils}).
 *
 * <p>Entry point: {@link org.cpom.finance.FinanceEngine}, whose static functions read a
 * {@link org.cpom.accounts.BalanceGenerale} from the accounts floor. Balance-sheet figures belong to the
 * perimeter of the filing, not to one ESMS. Results compare by value.
 */
package org.cpom.finance;
