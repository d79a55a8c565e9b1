package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/** The kind of an adverse event (événement indésirable) an ESMS records, by the declaration it calls for. */
public enum GraviteEvenement implements Labelled {
  /** An événement indésirable that is not serious: recorded and analysed inside the ESMS. */
  EVENEMENT_INDESIRABLE,
  /**
   * A dysfonctionnement grave or an event that threatens or compromises the health, safety or well-being of the
   * people accompanied, which the ESMS declares to the authority (CASF L331-8-1, R331-8).
   */
  EVENEMENT_GRAVE,
  /**
   * An événement indésirable grave associé à des soins (EIGS): unexpected, with death, a threat to life or a
   * probable permanent functional deficit as its consequence (CSP R1413-67), declared to the ARS (CSP L1413-14).
   */
  EVENEMENT_INDESIRABLE_GRAVE_SOINS;

  /**
   * Whether the event is serious: declared to the authority.
   *
   * @return true for {@link #EVENEMENT_GRAVE} and {@link #EVENEMENT_INDESIRABLE_GRAVE_SOINS}
   */
  public boolean grave() {
    return this != EVENEMENT_INDESIRABLE;
  }

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case EVENEMENT_INDESIRABLE -> TraceLabels.pick(locale, "événement indésirable", "adverse event");
      case EVENEMENT_GRAVE -> TraceLabels.pick(locale, "dysfonctionnement ou événement grave (L331-8-1)",
          "serious malfunction or event (L331-8-1)");
      case EVENEMENT_INDESIRABLE_GRAVE_SOINS -> TraceLabels.pick(locale,
          "événement indésirable grave associé aux soins", "serious care-related adverse event");
    };
  }
}
