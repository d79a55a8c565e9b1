package org.cpom.investment;

import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The difference of one exercice between the plan opposable au tarificateur and the accounting plan of a component
 * ({@code cpom:tariff-depreciation-plan}): the tariff dotation less the accounting one, and how it is booked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AmortissementEcart {
  /** How a difference is booked. */
  public enum Nature implements Labelled {
    /** Tariff duration shorter, tariff dotation above: amortissement dérogatoire, 68725 debited, 145 credited. */
    DOTATION_DEROGATOIRE("68725", "145"),
    /** Tariff duration shorter, tariff dotation below: reversal, 145 debited, 78725 credited. */
    REPRISE_DEROGATOIRE("145", "78725"),
    /** Tariff duration longer, accounting dotation above: the excess the tariff rejects deferred to 1161. */
    EXCEDENT_DIFFERE("1161", "1161"),
    /** Tariff duration longer, tariff dotation above: the deferred excess taken back from 1161. */
    EXCEDENT_REPRIS("1161", "1161");

    private final String debit;
    private final String credit;

    Nature(String debit, String credit) {
      this.debit = debit;
      this.credit = credit;
    }

    /** @return the account debited (for 1161, the account the excess is deferred to or taken back from) */
    public String debitAccount() {
      return debit;
    }

    /** @return the account credited (for 1161, the same account) */
    public String creditAccount() {
      return credit;
    }

    @Override
    public String label(Locale locale) {
      return switch (this) {
        case DOTATION_DEROGATOIRE -> TraceLabels.pick(locale, "dotation aux amortissements dérogatoires",
            "accelerated tax-style depreciation charged");
        case REPRISE_DEROGATOIRE -> TraceLabels.pick(locale, "reprise sur amortissements dérogatoires",
            "accelerated depreciation reversed");
        case EXCEDENT_DIFFERE -> TraceLabels.pick(locale, "amortissements comptables excédentaires différés",
            "excess accounting depreciation deferred");
        case EXCEDENT_REPRIS -> TraceLabels.pick(locale, "reprise d'amortissements comptables excédentaires différés",
            "deferred excess accounting depreciation taken back");
      };
    }
  }

  private final Year year;
  private final Amount comptable;
  private final Amount tarif;
  private final Nature nature;

  AmortissementEcart(Year year, Amount comptable, Amount tarif, boolean tariffShorter) {
    this.year = year;
    this.comptable = comptable;
    this.tarif = tarif;
    boolean tariffAbove = tarif.isGreaterThan(comptable);
    this.nature = tariffShorter ? (tariffAbove ? Nature.DOTATION_DEROGATOIRE : Nature.REPRISE_DEROGATOIRE)
        : (tariffAbove ? Nature.EXCEDENT_REPRIS : Nature.EXCEDENT_DIFFERE);
  }

  /** @return the exercice */
  public Year year() {
    return year;
  }

  /** @return the accounting dotation of the year */
  public Amount comptable() {
    return comptable;
  }

  /** @return the tariff dotation of the year */
  public Amount tarif() {
    return tarif;
  }

  /** @return the tariff dotation less the accounting one, never zero */
  public Amount difference() {
    return tarif.minus(comptable);
  }

  /** @return how the difference is booked */
  public Nature nature() {
    return nature;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AmortissementEcart o && year.equals(o.year) && comptable.equals(o.comptable)
        && tarif.equals(o.tarif) && nature == o.nature;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, comptable, tarif, nature);
  }

  @Override
  public String toString() {
    return year + ": " + nature + " " + difference().abs();
  }
}
