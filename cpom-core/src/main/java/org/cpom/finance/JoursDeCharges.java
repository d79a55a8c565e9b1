package org.cpom.finance;

import java.time.Year;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.internal.Checks;

/**
 * How an aggregate is expressed in days of charges (« en nombre de jours de charges courantes », the ANAP
 * tableau de bord): amount × day base / charges, where the charges are the class 6 balances less the accounts
 * this reading leaves out. No official text gives the denominator for an ESMS (unverified): the default,
 * {@link #CHARGES_COURANTES_365}, takes the charges courantes, class 6 less the dotations (68) and the valeur
 * comptable des éléments d'actif cédés (675), over 365 days; a caller may count all of class 6 (no exclusion),
 * leave out groupe III accounts, or count 360 days or the days of the year ({@link #forYear}).
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
public final class JoursDeCharges {
  /** Class 6 less 68 and 675, over 365 days. */
  public static final JoursDeCharges CHARGES_COURANTES_365 = of(Set.of("68", "675"), 365);

  private final SortedSet<String> chargesExclues;
  private final int dayBase;

  private JoursDeCharges(SortedSet<String> chargesExclues, int dayBase) {
    this.chargesExclues = chargesExclues;
    this.dayBase = dayBase;
  }

  /**
   * A reading of the denominator.
   *
   * @param chargesExclues the class 6 prefixes left out of the charges, each digits starting with 6
   * @param dayBase the days of the year counted, 360 to 366
   * @return the reading
   * @throws CpomValidationException if a prefix is not of class 6 or the base is outside 360 to 366
   */
  public static JoursDeCharges of(Set<String> chargesExclues, int dayBase) {
    SortedSet<String> p = AccountPrefixes.of(chargesExclues, "chargesExclues", Articles.BILAN_FINANCIER);
    for (String s : p) {
      Checks.check(s.charAt(0) == '6', "chargesExclues", s, Articles.BILAN_FINANCIER, "a prefix of class 6");
    }
    Checks.check(dayBase >= 360 && dayBase <= 366, "dayBase", dayBase, Articles.FINANCIAL_ANALYSIS,
        "a year of 360 to 366 days");
    return new JoursDeCharges(p, dayBase);
  }

  /**
   * The same exclusions over the days of a year: 365, or 366 in a leap year.
   *
   * @param chargesExclues the class 6 prefixes left out of the charges
   * @param year the exercice
   * @return the reading
   */
  public static JoursDeCharges forYear(Set<String> chargesExclues, Year year) {
    return of(chargesExclues, Objects.requireNonNull(year, "year").length());
  }

  /**
   * The class 6 prefixes left out of the charges.
   *
   * @return the prefixes, in order
   */
  public SortedSet<String> chargesExclues() {
    return chargesExclues;
  }

  /**
   * The days of the year counted.
   *
   * @return 360 to 366
   */
  public int dayBase() {
    return dayBase;
  }

  boolean counts(CompteNum compte) {
    return compte.number().charAt(0) == '6' && AccountPrefixes.longest(chargesExclues, compte) == 0;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof JoursDeCharges && dayBase == ((JoursDeCharges) obj).dayBase
        && chargesExclues.equals(((JoursDeCharges) obj).chargesExclues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chargesExclues, dayBase);
  }

  @Override
  public String toString() {
    return "JoursDeCharges[class 6 less " + chargesExclues + ", " + dayBase + " days]";
  }
}
