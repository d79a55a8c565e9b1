package org.cpom.finance;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.internal.Checks;

/**
 * How the fonds de roulement net global (FRNG) splits into the fonds de roulement d'investissement (FRI) and the
 * fonds de roulement d'exploitation (FRE): each account of the FRNG perimeter (classes 1 and 2, 39, 49, 59) goes
 * to the side of its longest matching prefix, to the FRI when it matches none or when its FRI prefix is the
 * longer; the result of the exercice not yet carried to account 12 goes to the FRE. So FRI + FRE = FRNG to the
 * cent, whatever the lists.
 *
 * <p>No stored text gives the lines of the CNSA bilan financier (unverified). The default, {@link #DEFAULT}, is
 * the usual reading of it ({@link org.cpom.Convention#BILAN_FINANCIER}): the FRE holds the réserve de trésorerie
 * (10685), the réserve de compensation des déficits (10686), the report à nouveau (11), the result (12), the
 * provisions réglementées for the BFR (141), the provisions pour risques et charges (15), the dépôts et
 * cautionnements reçus (165), the intérêts courus (1688) and the dépréciations of stocks, third parties and
 * investments (39, 49, 59); every other account of classes 1 and 2 is on the FRI side (apports, subventions
 * d'investissement, other reserves, loans, fixed assets and their depreciation). An integrator who reads the
 * cadre otherwise passes its own lists to {@link #of(Set, Set)}.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
public final class FondsDeRoulementAccounts {
  /** The usual reading: FRE 10685, 10686, 11, 12, 141, 15, 165, 1688, 39, 49, 59; FRI the rest of 1 and 2. */
  public static final FondsDeRoulementAccounts DEFAULT = of(Set.of("1", "2"),
      Set.of("10685", "10686", "11", "12", "141", "15", "165", "1688", "39", "49", "59"));

  private final SortedSet<String> fri;
  private final SortedSet<String> fre;

  private FondsDeRoulementAccounts(SortedSet<String> fri, SortedSet<String> fre) {
    this.fri = fri;
    this.fre = fre;
  }

  /**
   * The lists of an FRI / FRE reading.
   *
   * @param fri prefixes read on the FRI side (an account matching none of either list is FRI too)
   * @param fre prefixes read on the FRE side
   * @return the reading
   * @throws CpomValidationException if a prefix is not 1 to 40 digits, or is in both lists
   */
  public static FondsDeRoulementAccounts of(Set<String> fri, Set<String> fre) {
    Checks.noNulls(fri, "fri"); // a null is named before the other set's prefixes are read
    Checks.noNulls(fre, "fre");
    SortedSet<String> i = AccountPrefixes.of(fri, "fri", Articles.BILAN_FINANCIER);
    SortedSet<String> e = AccountPrefixes.of(fre, "fre", Articles.BILAN_FINANCIER);
    AccountPrefixes.disjoint(i, e, "fre", Articles.BILAN_FINANCIER);
    return new FondsDeRoulementAccounts(i, e);
  }

  /**
   * The prefixes read on the FRI side.
   *
   * @return the prefixes, in order
   */
  public SortedSet<String> fri() {
    return fri;
  }

  /**
   * The prefixes read on the FRE side.
   *
   * @return the prefixes, in order
   */
  public SortedSet<String> fre() {
    return fre;
  }

  boolean isFre(CompteNum compte) {
    return AccountPrefixes.longest(fre, compte) > AccountPrefixes.longest(fri, compte);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FondsDeRoulementAccounts && fri.equals(((FondsDeRoulementAccounts) obj).fri)
        && fre.equals(((FondsDeRoulementAccounts) obj).fre);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fri, fre);
  }

  @Override
  public String toString() {
    return "FondsDeRoulementAccounts[FRI " + fri + ", FRE " + fre + "]";
  }
}
