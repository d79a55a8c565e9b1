package org.cpom.dialogue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;

/**
 * One DGC in the yearly report ({@link org.cpom.Convention#DIALOGUE_REPORT}): its amount for the year, each ESMS's
 * share after the last approved décision modificative, the Creton parts the Départements pay (CASF R314-115, outside
 * the payments), and the payments dated on or before the report's date. The shares sum exactly to the total, the
 * ESMS's Creton parts to the DGC's and the ESMS's payments to the DGC's.
 *
 * <p>Built by {@link DialogueEngine#rapport}. This class is immutable and thread-safe; it compares by value.
 */
public final class DgcSummary {
  private final String name;
  private final Year year;
  private final LocalDate asOf;
  private final Amount total;
  private final Amount cretonParts;
  private final Amount paidToDate;
  private final List<DgcShare> shares;

  DgcSummary(String name, Year year, LocalDate asOf, Amount total, Amount cretonParts, Amount paidToDate,
      List<DgcShare> shares) {
    this.name = name;
    this.year = year;
    this.asOf = asOf;
    this.total = total;
    this.cretonParts = cretonParts;
    this.paidToDate = paidToDate;
    this.shares = List.copyOf(shares);
    // the dotation and payment engines guarantee both sums; a break here is a bug, not an input to reject
    if (!Amount.total(this.shares.stream().map(DgcShare::share).toList()).equals(total)
        || !Amount.total(this.shares.stream().map(DgcShare::cretonParts).toList()).equals(cretonParts)
        || !Amount.total(this.shares.stream().map(DgcShare::paidToDate).toList()).equals(paidToDate)) {
      throw new IllegalStateException("DGC " + name + " shares or payments do not sum: " + this.shares);
    }
  }

  /** @return the DGC's name */
  public String name() {
    return name;
  }

  /** @return the exercice */
  public Year year() {
    return year;
  }

  /** @return the date the payments are counted to, both ends included */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the DGC's amount for the year, as the arrêté fixes it (DMs keep it) */
  public Amount total() {
    return total;
  }

  /**
   * The Creton parts of the DGC (CASF R314-115): the Départements pay them, the assurance maladie's payments do not.
   *
   * @return the parts of all the ESMS, zero without a Creton split
   */
  public Amount cretonParts() {
    return cretonParts;
  }

  /** @return the DGC's payments dated on or before {@link #asOf()} */
  public Amount paidToDate() {
    return paidToDate;
  }

  /** @return what the assurance maladie has left to pay: the total less the Creton parts and what is paid to date */
  public Amount remaining() {
    return total.minus(cretonParts).minus(paidToDate);
  }

  /** @return one line per ESMS, in the DGC's order */
  public List<DgcShare> shares() {
    return shares;
  }

  /**
   * The line of one ESMS.
   *
   * @param esms its FINESS
   * @return the line, empty when the ESMS is not a member
   */
  public Optional<DgcShare> share(FinessNumber esms) {
    Objects.requireNonNull(esms, "esms");
    return shares.stream().filter(s -> s.esms().equals(esms)).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DgcSummary o && name.equals(o.name) && year.equals(o.year) && asOf.equals(o.asOf)
        && total.equals(o.total) && cretonParts.equals(o.cretonParts) && paidToDate.equals(o.paidToDate) && shares.equals(o.shares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, year, asOf, total, cretonParts, paidToDate, shares);
  }

  @Override
  public String toString() {
    return name + " " + year + ": " + total + ", paid " + paidToDate + " on " + asOf + " " + shares;
  }
}
