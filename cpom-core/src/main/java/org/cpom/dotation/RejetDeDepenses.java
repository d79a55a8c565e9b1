package org.cpom.dotation;

import java.time.LocalDate;
import java.time.Year;
import org.cpom.Convention;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * A rejection of expenses under the EPRD (rejet de dépenses, CASF R314-236): expenses of a past exercice the tariff
 * authority finds manifestly foreign, by their nature or size, to those foreseen when the tariff was set and not
 * justified by normal management. The rejection lowers the tariff of the exercice in which the expense is found or
 * of the next, and is valid only within five years after the receipt of the ERRD of the exercice the expense
 * belongs to ({@link Convention#REJECTION_DEADLINE}: that day five years later included).
 *
 * <p>It is the checked form of the adjustment it makes: {@link #adjustment()}, to add to the ESMS's {@link EsmsYear}
 * of {@link #exerciceDuTarif()}. Build one with {@link #builder()}. This class is immutable and thread-safe.
 *
 * <p>Bounds: its dates are in the years 1583 to 9999 ({@link Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class RejetDeDepenses {
  /** The five years of R314-236. */
  public static final int DELAI_ANNEES = 5;

  RejetDeDepenses() {}

  /**
   * A builder; every attribute is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RejetDeDepenses}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableRejetDeDepenses.Builder {
    Builder() {}
  }

  /**
   * The ESMS.
   *
   * @return its FINESS number
   */
  public abstract FinessNumber esms();

  /**
   * The exercice the expenses belong to.
   *
   * @return the exercice
   */
  public abstract Year exercice();

  /**
   * The day the authority received the ERRD of {@link #exercice()}.
   *
   * @return the date
   */
  public abstract LocalDate errdRecuLe();

  /**
   * The exercice in which the irregular expense was found, after {@link #exercice()}.
   *
   * @return the exercice
   */
  public abstract Year constateeEn();

  /**
   * The exercice whose tariff takes the rejection into account: {@link #constateeEn()} or the next.
   *
   * @return the exercice
   */
  public abstract Year exerciceDuTarif();

  /**
   * The date of the tariff decision that takes the rejection into account, tested against the deadline.
   *
   * @return the date
   */
  public abstract LocalDate dateDeDecision();

  /**
   * The amount of expenses rejected.
   *
   * @return the amount, above zero
   */
  public abstract Amount montant();

  /**
   * Why the expenses are manifestly foreign to those foreseen.
   *
   * @return the reason
   */
  public abstract String motif();

  /**
   * The last day a decision may take the rejection into account: {@link #errdRecuLe()} plus five years.
   *
   * @return the date
   */
  public LocalDate dateLimite() {
    return errdRecuLe().plusYears(DELAI_ANNEES);
  }

  /**
   * The adjustment of the ESMS's dotation of {@link #exerciceDuTarif()}: minus the amount rejected, cited to
   * R314-236.
   *
   * @return the adjustment
   */
  public Adjustment adjustment() {
    return Adjustment.of("Dépenses rejetées de l'exercice " + exercice() + " : " + motif(), montant().negated(),
        Articles.R314_236);
  }

  @Value.Check
  void check() {
    EngineBounds.date(errdRecuLe(), "rejetDeDepenses.errdRecuLe");
    EngineBounds.date(dateDeDecision(), "rejetDeDepenses.dateDeDecision");
    Checks.notBlank(motif(), "rejetDeDepenses.motif");
    Checks.check(montant().isPositive(), "rejetDeDepenses.montant", montant(), Articles.R314_236,
        "the expenses rejected are above zero");
    Checks.check(errdRecuLe().getYear() > exercice().getValue(), "rejetDeDepenses.errdRecuLe", errdRecuLe(),
        Articles.R314_236, "the ERRD of " + exercice() + " is received after that exercice closes");
    Checks.check(constateeEn().isAfter(exercice()), "rejetDeDepenses.constateeEn", constateeEn(), Articles.R314_236,
        "the irregular expense is found on a past exercice, " + exercice() + " here");
    Checks.check(exerciceDuTarif().equals(constateeEn()) || exerciceDuTarif().equals(constateeEn().plusYears(1)),
        "rejetDeDepenses.exerciceDuTarif", exerciceDuTarif(), Articles.R314_236,
        "the rejection lowers the tariff of the exercice it is found in, " + constateeEn() + ", or of the next");
    Checks.check(!dateDeDecision().isAfter(dateLimite()), "rejetDeDepenses.dateDeDecision", dateDeDecision(),
        Articles.R314_236, "a rejection is valid only within five years after the receipt of the ERRD of "
            + exercice() + " on " + errdRecuLe() + ": at the latest " + dateLimite() + " ("
            + Convention.REJECTION_DEADLINE.id() + ")");
  }
}
