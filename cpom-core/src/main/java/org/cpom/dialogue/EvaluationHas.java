package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;

/**
 * The result of the external evaluation of an ESMS against the HAS référentiel (évaluation de la qualité, CASF
 * L312-8), as the caller reads it in the report: the date of the report, the criteria assessed, those the report
 * finds satisfied, and the critères impératifs not satisfied ({@link org.cpom.Convention#QUALITY_RECORDS}). What
 * counts as satisfied is the report's reading, not the library's.
 *
 * <p>This class is immutable and thread-safe; two results are equal when every field is.
 */
public final class EvaluationHas {
  private final String id;
  private final FinessNumber esms;
  private final LocalDate reportDate;
  private final int assessed;
  private final int satisfied;
  private final int imperativeNotSatisfied;

  private EvaluationHas(String id, FinessNumber esms, LocalDate reportDate, int assessed, int satisfied,
      int imperativeNotSatisfied) {
    this.id = id;
    this.esms = esms;
    this.reportDate = reportDate;
    this.assessed = assessed;
    this.satisfied = satisfied;
    this.imperativeNotSatisfied = imperativeNotSatisfied;
  }

  /**
   * An evaluation result.
   *
   * @param id the record's id, not blank, at most 64 characters
   * @param esms the FINESS number of the ESMS evaluated
   * @param reportDate the date of the evaluation report
   * @param assessed the criteria assessed, above zero
   * @param satisfied the criteria satisfied, zero to {@code assessed}
   * @param imperativeNotSatisfied the critères impératifs not satisfied, zero to {@code assessed - satisfied}
   * @return the result
   * @throws org.cpom.CpomValidationException naming {@code evaluation[id].field} if a count breaks a rule
   */
  public static EvaluationHas of(String id, FinessNumber esms, LocalDate reportDate, int assessed, int satisfied,
      int imperativeNotSatisfied) {
    Checks.notNull(id, "id");
    Checks.notNull(esms, "esms");
    Checks.notNull(reportDate, "reportDate");
    QualityRecords.id(id, "evaluation");
    QualityRecords.date(reportDate, field(id, "reportDate"));
    Checks.check(assessed > 0, field(id, "assessed"), assessed, QualityRecords.RULE, "must be above zero");
    Checks.check(satisfied >= 0 && satisfied <= assessed, field(id, "satisfied"), satisfied, QualityRecords.RULE,
        "must be zero to the " + assessed + " criteria assessed");
    Checks.check(imperativeNotSatisfied >= 0 && imperativeNotSatisfied <= assessed - satisfied,
        field(id, "imperativeNotSatisfied"), imperativeNotSatisfied, QualityRecords.RULE,
        "must be zero to the " + (assessed - satisfied) + " criteria not satisfied");
    return new EvaluationHas(id, esms, reportDate, assessed, satisfied, imperativeNotSatisfied);
  }

  private static String field(String id, String name) {
    return "evaluation[" + id + "]." + name;
  }

  /** @return the record's id */
  public String id() {
    return id;
  }

  /** @return the FINESS number of the ESMS evaluated */
  public FinessNumber esms() {
    return esms;
  }

  /** @return the date of the evaluation report */
  public LocalDate reportDate() {
    return reportDate;
  }

  /** @return the criteria assessed */
  public int assessed() {
    return assessed;
  }

  /** @return the criteria satisfied */
  public int satisfied() {
    return satisfied;
  }

  /** @return the critères impératifs not satisfied */
  public int imperativeNotSatisfied() {
    return imperativeNotSatisfied;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvaluationHas e && id.equals(e.id) && esms.equals(e.esms) && reportDate.equals(e.reportDate)
        && assessed == e.assessed && satisfied == e.satisfied && imperativeNotSatisfied == e.imperativeNotSatisfied;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, esms, reportDate, assessed, satisfied, imperativeNotSatisfied);
  }

  @Override
  public String toString() {
    return "EvaluationHas[" + id + ", " + esms + ", " + reportDate + ", " + satisfied + "/" + assessed
        + " satisfied, " + imperativeNotSatisfied + " impératif(s) not satisfied]";
  }
}
