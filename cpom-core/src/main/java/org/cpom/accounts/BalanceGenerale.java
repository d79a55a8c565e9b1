package org.cpom.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A trial balance (balance générale) derived from a FEC (LPF A47 A-1), or read from a delimited file in a declared
 * layout ({@link BalanceColumns}), in the shape the DGFiP's checker derives
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
  private final BalanceAmounts totals;

  BalanceGenerale(List<BalanceLine> sortedLines, Set<String> aNouveauxJournals, FecSummary fec) {
    Map<CompteNum, BalanceLine> map = new LinkedHashMap<>();
    BalanceAmounts sum = BalanceAmounts.NONE;
    for (BalanceLine l : sortedLines) {
      map.put(l.compte(), l);
      sum = sum.plus(l.amounts());
    }
    if (!sum.closingDebit().equals(sum.closingCredit())) {
      // the readers reject an unbalanced input, so this cannot happen: a bug, not an input
      throw new IllegalStateException("closing debits differ from closing credits: " + sum);
    }
    this.lines = Collections.unmodifiableMap(map);
    this.aNouveauxJournals = Set.copyOf(aNouveauxJournals);
    this.fec = fec;
    this.totals = sum;
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
   * @return the codes, empty for a balance read from a delimited file
   */
  public Set<String> aNouveauxJournals() {
    return aNouveauxJournals;
  }

  /**
   * What reading the FEC found: line count, totals, warnings.
   *
   * @return the summary, empty for a balance read from a delimited file
   */
  public Optional<FecSummary> fec() {
    return Optional.ofNullable(fec);
  }

  /**
   * The totals of each column over the accounts; the closing debits equal the closing credits.
   *
   * @return the totals
   */
  public BalanceAmounts totals() {
    return totals;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BalanceGenerale)) {
      return false;
    }
    BalanceGenerale o = (BalanceGenerale) obj;
    return lines.equals(o.lines) && aNouveauxJournals.equals(o.aNouveauxJournals) && Objects.equals(fec, o.fec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, aNouveauxJournals, fec);
  }

  @Override
  public String toString() {
    return "BalanceGenerale[" + lines.size() + " accounts, " + totals + "]";
  }
}
