package org.cpom.budget;

import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.immutables.value.Value;

/**
 * One line of a budget: an amount on an account, for one ESMS, in one funded section, paid by one funder,
 * optionally within a DGC.
 *
 * <p>The groupe fonctionnel is not stated on the line: the {@link AccountMapping} of the {@link Budget}
 * derives it from the account. The amount is signed as it is booked on its own side: a charge or a
 * revenue is positive, a rebate or a reimbursement booked on a charges account (609, 6419) is negative.
 * The DGC is only a label here: lines with the same label belong to the same dotation globalisée commune.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetLine {
  BudgetLine() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }

  /**
   * The FINESS géographique of the ESMS.
   *
   * @return the ESMS
   */
  public abstract FinessNumber esms();

  /**
   * The account number, class 6 (charges) or 7 (produits).
   *
   * @return digits
   */
  public abstract String account();

  /**
   * The funded section: {@link SectionTarifaire#GLOBAL} for a single-funded ESMS, the section tarifaire
   * (soins, dépendance, hébergement) for an EHPAD.
   *
   * @return the section
   */
  public abstract SectionTarifaire section();

  /**
   * The funder of the section.
   *
   * @return the funder
   */
  public abstract Funder funder();

  /**
   * The DGC the line belongs to, as a label.
   *
   * @return the label, or empty outside a DGC
   */
  public abstract Optional<String> dgc();

  /**
   * The amount, signed as booked on the account's side.
   *
   * @return the amount
   */
  public abstract Amount amount();

  /**
   * A free label, such as "Loyer du bâtiment principal".
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();

  @Value.Check
  void check() {
    Accounts.check(account(), "budgetLine.account");
    dgc().ifPresent(d -> Checks.notBlank(d, "budgetLine.dgc"));
    label().ifPresent(l -> Checks.notBlank(l, "budgetLine.label"));
  }
}
