package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The motive of a staff absence (motif d'absence), the six motives of the tableau de bord de la performance
 * (ATIH), whose sum is the taux d'absentéisme « hors formation »: training and paid leave (congés payés) are not
 * absences here, and the caller does not pass them.
 */
public enum MotifAbsence implements Labelled {
  /** Maladie ordinaire, de courte durée. */
  MALADIE_ORDINAIRE("maladie-ordinaire"),
  /** Maladie de moyenne durée. */
  MALADIE_MOYENNE_DUREE("maladie-moyenne-duree"),
  /** Longue maladie, maladie de longue durée. */
  MALADIE_LONGUE_DUREE("maladie-longue-duree"),
  /** Maternité, paternité (et adoption). */
  MATERNITE_PATERNITE("maternite-paternite"),
  /** Accident du travail, maladie professionnelle. */
  ACCIDENT_DU_TRAVAIL("accident-travail-maladie-professionnelle"),
  /** Congés spéciaux, autorisés, dont les congés sans solde (hors congés payés). */
  CONGES_SPECIAUX("conges-speciaux");

  private final String key;

  MotifAbsence(String key) {
    this.key = key;
  }

  /**
   * The stable key of this motive's absenteeism rate: {@code "staff.absenteeism."} followed by a word of the
   * motive, such as {@code "staff.absenteeism.maladie-ordinaire"}.
   *
   * @return the key
   */
  public String key() {
    return IndicateursPersonnel.ABSENTEEISM + "." + key;
  }

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case MALADIE_ORDINAIRE -> TraceLabels.pick(locale, "maladie ordinaire / courte durée",
          "ordinary (short) sickness");
      case MALADIE_MOYENNE_DUREE -> TraceLabels.pick(locale, "maladie moyenne durée", "medium-term sickness");
      case MALADIE_LONGUE_DUREE -> TraceLabels.pick(locale, "longue maladie / longue durée", "long-term sickness");
      case MATERNITE_PATERNITE -> TraceLabels.pick(locale, "maternité / paternité", "maternity / paternity");
      case ACCIDENT_DU_TRAVAIL -> TraceLabels.pick(locale, "accident du travail / maladie professionnelle",
          "work accident / occupational disease");
      case CONGES_SPECIAUX -> TraceLabels.pick(locale, "congés spéciaux dont sans solde",
          "special leave, unpaid included");
    };
  }
}
