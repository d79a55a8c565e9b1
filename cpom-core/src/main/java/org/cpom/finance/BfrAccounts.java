package org.cpom.finance;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.internal.Checks;

/**
 * The accounts of the besoin en fonds de roulement as CASF R314-48 III defines it, for the reprise of the réserve
 * de trésorerie: the stocks, the charges constatées d'avance and the créances (notably on the users and the
 * payers), less the dettes fournisseurs d'exploitation, the dettes sociales et fiscales, the produits constatés
 * d'avance, the resources to pay back to the aide sociale and the funds deposited or received (except those of
 * the majeurs protégés). An account counts when its longest matching included prefix is longer than its longest
 * matching excluded one; each counts with its closing balance, debit positive.
 *
 * <p>The article names the items, not the accounts. The default, {@link #R314_48} (the mapping is the library's,
 * {@link org.cpom.Convention#BILAN_FINANCIER}, unverified), reads them in the plan comptable: stocks 3 (not 39);
 * fournisseurs d'exploitation 401, 403, 408 and their debit side 409; usagers et organismes payeurs 41; personnel
 * 42, organismes sociaux 43, État 44; charges and produits constatés d'avance 486, 487; dépôts et cautionnements
 * reçus 165 (a class 1 account: the funds deposited). It leaves out what the balance-sheet BFR
 * ({@link AnalyseFinanciere#bfr()}, every account of classes 3 and 4 but 39 and 49) counts beyond the article:
 * fournisseurs d'immobilisations 404 and 405, 45, 46, 47, and 48 other than 486 and 487 (481 charges à répartir).
 * The accounts for the resources due to the aide sociale and for the majeurs protégés' funds depend on the
 * gestionnaire's chart: a caller adds or excludes them with {@link #of(Set, Set)}.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
public final class BfrAccounts {
  /** The R314-48 III items read in the plan comptable: 3, 401, 403, 408, 409, 41 to 44, 486, 487, 165; not 39. */
  public static final BfrAccounts R314_48 = of(
      Set.of("3", "401", "403", "408", "409", "41", "42", "43", "44", "486", "487", "165"), Set.of("39"));

  private final SortedSet<String> included;
  private final SortedSet<String> excluded;

  private BfrAccounts(SortedSet<String> included, SortedSet<String> excluded) {
    this.included = included;
    this.excluded = excluded;
  }

  /**
   * A list of accounts for the R314-48 III BFR.
   *
   * @param included the prefixes counted
   * @param excluded the prefixes taken back out of them (a longer prefix wins)
   * @return the list
   * @throws CpomValidationException if a prefix is not 1 to 40 digits, or is in both sets
   */
  public static BfrAccounts of(Set<String> included, Set<String> excluded) {
    Checks.noNulls(included, "included"); // a null is named before the other set's prefixes are read
    Checks.noNulls(excluded, "excluded");
    SortedSet<String> i = AccountPrefixes.of(included, "included", Articles.BFR_R314_48);
    SortedSet<String> e = AccountPrefixes.of(excluded, "excluded", Articles.BFR_R314_48);
    AccountPrefixes.disjoint(i, e, "excluded", Articles.BFR_R314_48);
    return new BfrAccounts(i, e);
  }

  /**
   * The prefixes counted.
   *
   * @return the prefixes, in order
   */
  public SortedSet<String> included() {
    return included;
  }

  /**
   * The prefixes taken back out.
   *
   * @return the prefixes, in order
   */
  public SortedSet<String> excluded() {
    return excluded;
  }

  boolean counts(CompteNum compte) {
    return AccountPrefixes.longest(included, compte) > AccountPrefixes.longest(excluded, compte);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BfrAccounts && included.equals(((BfrAccounts) obj).included)
        && excluded.equals(((BfrAccounts) obj).excluded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(included, excluded);
  }

  @Override
  public String toString() {
    return "BfrAccounts[included " + included + ", excluded " + excluded + "]";
  }
}
