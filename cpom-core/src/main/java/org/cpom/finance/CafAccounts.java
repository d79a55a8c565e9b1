package org.cpom.finance;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.internal.Checks;

/**
 * Which accounts the capacité d'autofinancement (CAF) treats as calculated, not cashed or paid: the charges
 * calculées (class 6) added back to the result, and the produits calculés (class 7) taken out of it. Each entry is
 * an account-number prefix: {@code 68} covers every account starting with 68.
 *
 * <p>The default, {@link #ERRD}, is the additive formula of the CNSA ERRD « Ratios financiers » sheet as the
 * ministry's Hélios dashboard prints it (secondary source: {@code ContenuTauxDeCaf.tsx} of
 * {@code DNUM-SocialGouv/helios}): charges 68 (dotations) and 675 (valeur comptable des éléments d'actif cédés);
 * produits 78 (reprises), 775 (produits des cessions), 777 (quote-part des subventions d'investissement virée au
 * résultat) and 778. Whether all of 778 (autres produits exceptionnels, a cash product in the PCESMS 2014 chart)
 * or only a sub-account 7781 belongs there is unverified: a caller who reads it the other way passes its own list
 * to {@link #of(Set, Set)}.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
public final class CafAccounts {
  /** The ERRD « Ratios financiers » reading: charges 68, 675; produits 78, 775, 777, 778. */
  public static final CafAccounts ERRD = of(Set.of("68", "675"), Set.of("78", "775", "777", "778"));

  private final SortedSet<String> chargesCalculees;
  private final SortedSet<String> produitsCalcules;

  private CafAccounts(SortedSet<String> chargesCalculees, SortedSet<String> produitsCalcules) {
    this.chargesCalculees = chargesCalculees; // unmodifiable copies from AccountPrefixes.of
    this.produitsCalcules = produitsCalcules;
  }

  /**
   * The lists of a CAF reading.
   *
   * @param chargesCalculees prefixes of class 6 added back to the result, each digits starting with 6
   * @param produitsCalcules prefixes of class 7 taken out of the result, each digits starting with 7
   * @return the reading
   * @throws CpomValidationException if a prefix is not digits of its class, at least two of them
   */
  public static CafAccounts of(Set<String> chargesCalculees, Set<String> produitsCalcules) {
    Checks.noNulls(chargesCalculees, "chargesCalculees"); // a null is named before the other set is read
    Checks.noNulls(produitsCalcules, "produitsCalcules");
    return new CafAccounts(prefixes(chargesCalculees, "chargesCalculees", '6'),
        prefixes(produitsCalcules, "produitsCalcules", '7'));
  }

  /** The checked prefixes of {@link AccountPrefixes#of}, each also of its class and at least two digits long. */
  private static SortedSet<String> prefixes(Set<String> values, String field, char accountClass) {
    SortedSet<String> out = AccountPrefixes.of(values, field, Articles.FINANCIAL_ANALYSIS);
    for (String p : out) {
      Checks.check(p.length() >= 2 && p.charAt(0) == accountClass, field, p, Articles.FINANCIAL_ANALYSIS,
          "an account prefix of class " + accountClass + ": at least two digits, the first " + accountClass);
    }
    return out;
  }

  /**
   * The charges calculées: the class 6 prefixes added back to the result.
   *
   * @return the prefixes, in order
   */
  public SortedSet<String> chargesCalculees() {
    return chargesCalculees;
  }

  /**
   * The produits calculés: the class 7 prefixes taken out of the result.
   *
   * @return the prefixes, in order
   */
  public SortedSet<String> produitsCalcules() {
    return produitsCalcules;
  }

  boolean isChargeCalculee(CompteNum compte) {
    return AccountPrefixes.longest(chargesCalculees, compte) > 0;
  }

  boolean isProduitCalcule(CompteNum compte) {
    return AccountPrefixes.longest(produitsCalcules, compte) > 0;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CafAccounts)) {
      return false;
    }
    CafAccounts o = (CafAccounts) obj;
    return chargesCalculees.equals(o.chargesCalculees) && produitsCalcules.equals(o.produitsCalcules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chargesCalculees, produitsCalcules);
  }

  @Override
  public String toString() {
    return "CafAccounts[charges " + chargesCalculees + ", produits " + produitsCalcules + "]";
  }
}
