package org.cpom.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpom.money.Amount;

/**
 * A trial balance (balance générale) derived from a FEC (LPF A47 A-1), in the shape the DGFiP's checker derives
 * ({@link org.cpom.Convention#TRIAL_BALANCE}): one {@link BalanceLine} per account, in the order of the account
 * numbers, and the totals of each column. Every écriture of the FEC balancing, the totals balance too: opening
 * debits equal opening credits when the à-nouveaux balance, movement debits plus opening debits equal the
 * credits, and closing debits equal closing credits, to the cent.
 *
 * <p>Built by {@link AccountsEngine} only. This class is immutable and thread-safe; balances compare by value.
 */
public final class BalanceGenerale {
  /** The journals of the à-nouveaux when the caller names none: {@code AN} and {@code RAN}. */
  public static final Set<String> DEFAULT_A_NOUVEAUX = Set.of("AN", "RAN");
  /** The most accounts a trial balance holds. */
  public static final int MAX_ACCOUNTS = 100_000;

  private final Map<CompteNum, BalanceLine> lines;
  private final Set<String> aNouveauxJournals;
  private final FecSummary fec;
  private final Amount openingDebit;
  private final Amount openingCredit;
  private final Amount movementDebit;
  private final Amount movementCredit;
  private final Amount closingDebit;
  private final Amount closingCredit;

  BalanceGenerale(List<BalanceLine> sortedLines, Set<String> aNouveauxJournals, FecSummary fec) {
    Map<CompteNum, BalanceLine> map = new LinkedHashMap<>();
    Amount od = Amount.ZERO;
    Amount oc = Amount.ZERO;
    Amount md = Amount.ZERO;
    Amount mc = Amount.ZERO;
    Amount cd = Amount.ZERO;
    Amount cc = Amount.ZERO;
    for (BalanceLine l : sortedLines) {
      map.put(l.compte(), l);
      od = od.plus(l.openingDebit());
      oc = oc.plus(l.openingCredit());
      md = md.plus(l.movementDebit());
      mc = mc.plus(l.movementCredit());
      cd = cd.plus(l.closingDebit());
      cc = cc.plus(l.closingCredit());
    }
    if (!cd.equals(cc)) {
      // every écriture balances, so this cannot happen: a bug, not an input
      throw new IllegalStateException("closing debits " + cd + " differ from closing credits " + cc);
    }
    this.lines = Collections.unmodifiableMap(map);
    this.aNouveauxJournals = Set.copyOf(aNouveauxJournals);
    this.fec = Objects.requireNonNull(fec, "fec");
    this.openingDebit = od;
    this.openingCredit = oc;
    this.movementDebit = md;
    this.movementCredit = mc;
    this.closingDebit = cd;
    this.closingCredit = cc;
  }

  /**
   * The accounts, in the order of their numbers.
   *
   * @return the lines
   */
  public List<BalanceLine> lines() {
    return List.copyOf(lines.values());
  }

  /**
   * The line of an account.
   *
   * @param compte the account
   * @return its line, empty if the FEC has no line on it
   */
  public Optional<BalanceLine> line(CompteNum compte) {
    return Optional.ofNullable(lines.get(Objects.requireNonNull(compte, "compte")));
  }

  /**
   * The journal codes whose lines were read as à-nouveaux.
   *
   * @return the codes
   */
  public Set<String> aNouveauxJournals() {
    return aNouveauxJournals;
  }

  /**
   * What reading the FEC found: line count, totals, warnings.
   *
   * @return the summary
   */
  public FecSummary fec() {
    return fec;
  }

  /**
   * The total of the à-nouveaux debits.
   *
   * @return the total
   */
  public Amount openingDebit() {
    return openingDebit;
  }

  /**
   * The total of the à-nouveaux credits.
   *
   * @return the total
   */
  public Amount openingCredit() {
    return openingCredit;
  }

  /**
   * The total of the debit movements.
   *
   * @return the total
   */
  public Amount movementDebit() {
    return movementDebit;
  }

  /**
   * The total of the credit movements.
   *
   * @return the total
   */
  public Amount movementCredit() {
    return movementCredit;
  }

  /**
   * The total of the closing debit balances, equal to {@link #closingCredit()}.
   *
   * @return the total
   */
  public Amount closingDebit() {
    return closingDebit;
  }

  /**
   * The total of the closing credit balances, equal to {@link #closingDebit()}.
   *
   * @return the total
   */
  public Amount closingCredit() {
    return closingCredit;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BalanceGenerale)) {
      return false;
    }
    BalanceGenerale o = (BalanceGenerale) obj;
    return lines.equals(o.lines) && aNouveauxJournals.equals(o.aNouveauxJournals) && fec.equals(o.fec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, aNouveauxJournals, fec);
  }

  @Override
  public String toString() {
    return "BalanceGenerale[" + lines.size() + " accounts, closing " + closingDebit + " / " + closingCredit + "]";
  }
}
