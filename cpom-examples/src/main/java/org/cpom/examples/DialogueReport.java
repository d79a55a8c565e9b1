package org.cpom.examples;

import static org.cpom.examples.Association.FOYER_DE_VIE;
import static org.cpom.examples.Association.IME;
import static org.cpom.examples.Association.MAS;
import static org.cpom.examples.Association.SESSAD;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.contract.Cpom;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dialogue.Absence;
import org.cpom.dialogue.AlertThreshold;
import org.cpom.dialogue.CretonShare;
import org.cpom.dialogue.DialogueEngine;
import org.cpom.dialogue.IndicateursPersonnel;
import org.cpom.dialogue.IndicatorKeys;
import org.cpom.dialogue.IndicatorLink;
import org.cpom.dialogue.IndicatorRate;
import org.cpom.dialogue.IndicatorUnit;
import org.cpom.dialogue.IndicatorValue;
import org.cpom.dialogue.MotifAbsence;
import org.cpom.dialogue.OtherDepartementsShare;
import org.cpom.dialogue.PeopleActivity;
import org.cpom.dialogue.PersonRecord;
import org.cpom.dialogue.RapportDialogueDeGestion;
import org.cpom.dialogue.ReportInputs;
import org.cpom.dialogue.Salarie;
import org.cpom.dialogue.TypeContrat;
import org.cpom.dotation.CretonSplit;
import org.cpom.dotation.DgcDotation;
import org.cpom.finance.FinanceEngine;
import org.cpom.money.Amount;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;

/**
 * The association's dialogue de gestion report of 2026, built from the records its ERP holds: the people
 * accompanied (days of presence, birth dates, domicile de secours, placements prolonged under CASF L242-4) of each
 * ESMS in 2025 and 2026, the MAS's staff and their absence periods, the FEC 2026's trial balance, the 2026 DGC and
 * its payments, and the follow-ups of the fiches-actions. The records are made up, chosen so that the figures
 * agree with the follow-ups the grille already holds (7 young adults under L242-4 in 2026, the MAS's absenteeism
 * 10.90 % in 2025 and 9.90 % in 2026).
 */
final class DialogueReport {
  static final Year Y2025 = Year.of(2025);
  static final Year Y2026 = Year.of(2026);

  /** The département of the association's ESMS; the others come from the Ain next door. */
  static final DepartementCode RHONE = DepartementCode.of("69");

  static final DepartementCode AIN = DepartementCode.of("01");

  /** The MAS's staff: 20 full-time CDI, in post since 2015, the whole of both years (20.00 ETP réels). */
  static final int MAS_STAFF = 20;

  private DialogueReport() {}

  /**
   * The report of 2026 drawn up on the example's report date.
   *
   * @return the report
   */
  static RapportDialogueDeGestion rapport2026() {
    return DialogueEngine.rapport(inputs2026(AssociationExample.contract()));
  }

  /**
   * The inputs of the 2026 report: activity of the four ESMS, the indicator values of 2025 and 2026 computed from
   * the records, the FA2 absenteeism indicator linked to the MAS's rate, the library's thresholds, the grille's
   * follow-ups, the bilan financier and ratios of the FEC 2026, and the 2026 DGC with its payments.
   *
   * @param cpom the association's contract
   * @return the inputs
   */
  static ReportInputs inputs2026(Cpom cpom) {
    ReportInputs.Builder b = ReportInputs.builder()
        .cpom(cpom)
        .year(Y2026)
        .asOf(AssociationExample.REPORT_DATE);
    for (Esms e : Association.ALL_ESMS) {
      PeopleActivity y2026 = DialogueEngine.peopleActivity(e, Y2026, people(e, Y2026));
      b.addActivities(y2026);
      for (Year y : List.of(Y2025, Y2026)) {
        List<PersonRecord> people = people(e, y);
        PeopleActivity activity = y.equals(Y2026) ? y2026 : DialogueEngine.peopleActivity(e, y, people);
        b.addValues(rate(e.finess(), IndicatorKeys.OCCUPANCY_RATE, y, activity.overall().occupancy()));
        OtherDepartementsShare others = DialogueEngine.otherDepartementsShare(e, y, people);
        b.addValues(rate(e.finess(), IndicatorKeys.OTHER_DEPARTEMENTS_SHARE, y, others.rate()));
        if (e.equals(IME)) {
          CretonShare creton = DialogueEngine.cretonShare(e, y, people);
          b.addValues(rate(e.finess(), IndicatorKeys.CRETON_SHARE, y, creton.rate()));
        }
      }
    }
    for (Year y : List.of(Y2025, Y2026)) {
      IndicateursPersonnel staff = DialogueEngine.indicateursPersonnel(y, masStaff(), masAbsences());
      b.addValues(IndicatorValue.ofEsms(MAS.finess(), IndicatorKeys.ABSENTEEISM, y, staff.absenteeism().orElseThrow(),
          IndicatorUnit.RATE));
    }
    // FA2's "Taux d'absentéisme" is the MAS's: its targets (10.5 %, then 9.5 %) are the rate's.
    b.addLinks(IndicatorLink.ofEsms("FA2", "ABS", IndicatorKeys.ABSENTEEISM, MAS.finess()));
    // The taux de CAF and absenteeism thresholds of the library; not the occupancy « valeur atypique » (above 120 %),
    // a data-quality flag whose side would otherwise be read as the way occupancy improves.
    b.thresholds(List.of(AlertThreshold.cafRate(), AlertThreshold.absenteeism()));
    b.followUps(FichesActions.followUps());

    BalanceGenerale balance = Ledgers.balance(Y2026);
    b.bilanFinancier(FinanceEngine.bilanFinancier(balance)).ratiosFinanciers(FinanceEngine.ratios(balance, Y2026));

    ResolvedDgc dgc = cpom.dgc(AssociationExample.DGC_NAME);
    Map<FinessNumber, Amount> bases2024 = AssociationExample.bases2024();
    DgcDotation dotation2025 = AssociationExample.dotation2025(cpom, dgc, bases2024);
    DgcPaymentSchedule payments2025 = AssociationExample.payments2025(dotation2025, bases2024,
        AssociationExample.creton2025(dotation2025));
    DgcDotation dotation2026 = AssociationExample.dotation2026(cpom, dgc, dotation2025);
    CretonSplit creton2026 = AssociationExample.creton2026(dotation2026);
    b.addDotations(dotation2026)
        .addPayments(AssociationExample.payments2026(dotation2026, payments2025, creton2026));
    return b.build();
  }

  /** A rate of the records as the report carries it: in percent, two decimals, rounded half up. */
  private static IndicatorValue rate(FinessNumber esms, String key, Year year, IndicatorRate rate) {
    BigDecimal percent = rate.percent().orElseThrow().setScale(2, RoundingMode.HALF_UP);
    return IndicatorValue.ofEsms(esms, key, year, percent, IndicatorUnit.RATE);
  }

  // ------------------------------------------------------------------------------------------------ people

  /**
   * The occupancy the records of each ESMS add up to, per mille of its theoretical days: 2025, then 2026.
   *
   * @param esms an ESMS of the perimeter
   * @param year 2025 or 2026
   * @return the rate per mille
   */
  static int occupancyPerMille(Esms esms, Year year) {
    boolean first = year.equals(Y2025);
    if (esms.equals(IME)) {
      return first ? 920 : 935;
    } else if (esms.equals(SESSAD)) {
      return first ? 900 : 880;
    } else if (esms.equals(MAS)) {
      return first ? 960 : 970;
    }
    return first ? 940 : 950;
  }

  /**
   * The people accompanied of an ESMS in a year: one record per place of each capacity line, in since September
   * 2020 and staying, whose days of presence add up to the line's places × days open × the occupancy per mille
   * (rounded half up, the extra days on the first records). At the IME, the first records of the internat are the
   * young adults kept under L242-4 (8 in 2025, 7 in 2026), and the last three of the semi-internat live in the
   * Ain; elsewhere the last record of each line does.
   */
  static List<PersonRecord> people(Esms esms, Year year) {
    int perMille = occupancyPerMille(esms, year);
    int creton = !esms.equals(IME) ? 0 : year.equals(Y2025) ? 8 : 7;
    List<PersonRecord> people = new ArrayList<>();
    String prefix = esms.equals(IME) ? "IME" : esms.equals(SESSAD) ? "SES" : esms.equals(MAS) ? "MAS" : "FDV";
    int n = 0;
    for (CapacityLine line : esms.capacity()) {
      int places = line.fundedPlaces();
      long total = (places * (long) line.daysOpen() * perMille + 500) / 1000;
      for (int i = 0; i < places; i++) {
        long days = total / places + (i < total % places ? 1 : 0);
        boolean kept = i < creton && line.equals(esms.capacity().get(0));
        int fromAin = esms.equals(IME) ? 3 : 1;
        boolean lastOfLine = i >= places - fromAin && (!esms.equals(IME) || !line.equals(esms.capacity().get(0)));
        n++;
        people.add(PersonRecord.builder()
            .id(prefix + "-" + String.format(java.util.Locale.ROOT, "%03d", n))
            .birthDate(birthDate(esms, kept, i))
            .entryDate(LocalDate.of(2020, 9, 1))
            .mode(line.mode())
            .domicileDeSecours(lastOfLine ? AIN : RHONE)
            .daysOfPresence(days)
            .placementProlonged(kept)
            .build());
      }
    }
    return people;
  }

  private static LocalDate birthDate(Esms esms, boolean creton, int i) {
    if (esms.equals(IME) || esms.equals(SESSAD)) {
      // young adults kept under L242-4 are 20 or 21; the children between 8 and 17 in 2026
      return creton ? LocalDate.of(2005, 3, 1 + i) : LocalDate.of(2009 + i % 10, 1 + i % 12, 10);
    }
    return LocalDate.of(1970 + i % 30, 1 + i % 12, 15);
  }

  // ------------------------------------------------------------------------------------------------ staff

  /** The MAS's staff: 20 CDI at 1.0 ETP hired on 1 September 2015, none leaving. */
  static List<Salarie> masStaff() {
    List<Salarie> staff = new ArrayList<>();
    for (int i = 1; i <= MAS_STAFF; i++) {
      staff.add(Salarie.of(staffId(i), LocalDate.of(1970 + i, 1 + i % 12, 5), LocalDate.of(2015, 9, 1),
          BigDecimal.ONE, TypeContrat.CDI));
    }
    return staff;
  }

  private static String staffId(int i) {
    return String.format(java.util.Locale.ROOT, "MAS-S%02d", i);
  }

  /**
   * The MAS's absences of 2025 and 2026: 796 calendar days in 2025 (400 of maladie ordinaire, 250 of longue
   * durée, 146 of accident du travail), 10.90 % of 20 ETP × 365; 723 in 2026 (380, 200, 143), 9.90 %.
   */
  static List<Absence> masAbsences() {
    List<Absence> absences = new ArrayList<>();
    for (Year y : List.of(Y2025, Y2026)) {
      boolean first = y.equals(Y2025);
      // the long illness of one member, from 1 February
      absences.add(days(3, y.atDay(32), first ? 250 : 200, MotifAbsence.MALADIE_LONGUE_DUREE));
      // a work accident in the spring
      absences.add(days(7, y.atDay(60), first ? 146 : 143, MotifAbsence.ACCIDENT_DU_TRAVAIL));
      // ordinary illness: 20 days each for 20 (2025) or 19 (2026) members from 17 October
      int ordinary = first ? 400 : 380;
      for (int i = 1; ordinary > 0; i++) {
        int d = Math.min(20, ordinary);
        absences.add(days(i, y.atDay(290), d, MotifAbsence.MALADIE_ORDINAIRE));
        ordinary -= d;
      }
    }
    return absences;
  }

  private static Absence days(int member, LocalDate from, int days, MotifAbsence motive) {
    return Absence.of(staffId(member), from, from.plusDays(days - 1L), motive);
  }
}
