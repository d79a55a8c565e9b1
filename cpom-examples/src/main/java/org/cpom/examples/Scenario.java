package org.cpom.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cpom.contract.Cpom;
import org.cpom.contract.FollowUp;

/**
 * What the printed summary is about: the association's contract, the yearly follow-ups sent so far, and the
 * date the summary is drawn up on (the examples read no clock either).
 *
 * <p>Later sections (DGC, payments, results, budget) add their own inputs here.
 *
 * @param cpom the contract, with its avenants
 * @param followUps the yearly follow-ups of the fiches-actions
 * @param reportDate the date the summary is drawn up on
 */
public record Scenario(Cpom cpom, List<FollowUp> followUps, LocalDate reportDate) {
  /**
   * Checks and copies the inputs.
   *
   * @param cpom the contract
   * @param followUps the follow-ups
   * @param reportDate the report date
   */
  public Scenario {
    Objects.requireNonNull(cpom, "cpom");
    followUps = List.copyOf(followUps);
    Objects.requireNonNull(reportDate, "reportDate");
  }
}
