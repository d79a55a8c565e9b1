/**
 * The accounts floor: reading the ledgers an ERP exports. The FEC (fichier des écritures comptables, LPF
 * A47 A-1) read line by line into {@link org.cpom.accounts.LigneFec} values, with the errors the DGFiP's checker
 * rejects and the warnings it gives, and the trial balance (balance générale) derived from it.
 *
 * <p>Entry point: {@link org.cpom.accounts.AccountsEngine}, whose static functions read a FEC whole
 * ({@code readFec}), stream it in bounded memory ({@code scanFec}) and derive its trial balance
 * ({@code trialBalance}), or read a trial balance exported as a delimited file in a declared layout
 * ({@link org.cpom.accounts.BalanceColumns}). Every error of a file comes at once in a
 * {@link org.cpom.accounts.LedgerRejectedException}. The caller opens the text (a {@link java.io.Reader}, or an
 * {@link java.io.InputStream} and the {@link java.nio.charset.Charset} the file is in); the library opens no
 * file. Results compare by value.
 *
 * <p>From accounts to comptes de résultat: {@code AccountsEngine.ventilate} ties each line of classes 6 and 7 to
 * the compte de résultat of an ESMS or an annex (CASF R314-217) by a {@link org.cpom.accounts.RattachementTable}
 * the integrator gives, splits the pools of charges communes by the keys of the tableau de répartition
 * ({@link org.cpom.accounts.RepartitionKeys}, R314-213 I 7°) and gives each compte's charges and produits by
 * groupe fonctionnel or section, and its result ({@link org.cpom.accounts.Ventilation}).
 */
package org.cpom.accounts;
