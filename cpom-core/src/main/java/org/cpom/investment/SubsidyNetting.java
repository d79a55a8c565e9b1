package org.cpom.investment;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * Whether the surcoût of an investment deducts the reprise of its investment subsidies (c/777). Depreciation and
 * loan interest are the surcoût the texts name; the deduction of the subsidy reprise is standard practice not found
 * in a text, so it is a parameter whose default, {@link #NET}, deducts it ({@code cpom:investment-surcout}).
 */
public enum SubsidyNetting implements Labelled {
  /** The surcoût is net of the subsidy reprise (the default). */
  NET,
  /** The surcoût is depreciation plus interest, less the reprise of c/10687 only. */
  GROSS;

  /** The default: net of the subsidy reprise. */
  public static final SubsidyNetting DEFAULT = NET;

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case NET -> TraceLabels.pick(locale, "net de la reprise des subventions", "net of the subsidy reprise");
      case GROSS -> TraceLabels.pick(locale, "sans déduire la reprise des subventions", "without the subsidy reprise");
    };
  }
}
