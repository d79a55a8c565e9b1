package org.cpom.investment;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/** How often a loan is repaid (périodicité des échéances). */
public enum Periodicity implements Labelled {
  /** Twelve instalments a year. */
  MONTHLY(1),
  /** Four instalments a year. */
  QUARTERLY(3),
  /** One instalment a year. */
  YEARLY(12);

  private final int months;

  Periodicity(int months) {
    this.months = months;
  }

  /**
   * The months between two instalments.
   *
   * @return 1, 3 or 12
   */
  public int months() {
    return months;
  }

  /**
   * The instalments in a year, by which the annual rate is divided (proportional rate).
   *
   * @return 12, 4 or 1
   */
  public int perYear() {
    return 12 / months;
  }

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case MONTHLY -> TraceLabels.pick(locale, "mensuelle", "monthly");
      case QUARTERLY -> TraceLabels.pick(locale, "trimestrielle", "quarterly");
      case YEARLY -> TraceLabels.pick(locale, "annuelle", "yearly");
    };
  }
}
