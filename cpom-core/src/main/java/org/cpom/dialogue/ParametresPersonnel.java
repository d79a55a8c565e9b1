package org.cpom.dialogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cpom.internal.Checks;

/**
 * The choices the staff indicators leave to the caller, each with its documented default: the contract types the
 * rotation counts ({@code cpom:staff-rotation}: CDI and titulaires), the age bands of the pyramid
 * ({@code cpom:staff-age}: under 25, five-year bands, 60 and over) and the days of the absenteeism denominator
 * ({@code cpom:staff-absenteeism}: 365).
 *
 * <p>This class is immutable and thread-safe; two parameter sets are equal when every choice is.
 */
public final class ParametresPersonnel {
  /** The default starts of the age bands after the first: under 25, 25-29, ..., 55-59, 60 and over. */
  public static final List<Integer> DEFAULT_AGE_BAND_STARTS = List.of(25, 30, 35, 40, 45, 50, 55, 60);
  /** The oldest age a band may start at. */
  public static final int MAX_AGE_BAND_START = 150;

  private static final ParametresPersonnel DEFAULTS = new ParametresPersonnel(
      Collections.unmodifiableSet(EnumSet.of(TypeContrat.CDI, TypeContrat.TITULAIRE)), DEFAULT_AGE_BAND_STARTS,
      JoursAbsenteisme.TDB_365);

  private final Set<TypeContrat> rotationContracts;
  private final List<Integer> ageBandStarts;
  private final JoursAbsenteisme absenteeismDays;

  private ParametresPersonnel(Set<TypeContrat> rotationContracts, List<Integer> ageBandStarts,
      JoursAbsenteisme absenteeismDays) {
    this.rotationContracts = rotationContracts;
    this.ageBandStarts = ageBandStarts;
    this.absenteeismDays = absenteeismDays;
  }

  /** @return the defaults: rotation on CDI and titulaires, the default age bands, 365 days */
  public static ParametresPersonnel defaults() {
    return DEFAULTS;
  }

  /**
   * The same parameters with other contract types counted by the rotation.
   *
   * @param contracts the types, at least one
   * @return the parameters
   * @throws org.cpom.CpomValidationException if the set is empty
   */
  public ParametresPersonnel withRotationContracts(Set<TypeContrat> contracts) {
    Checks.noNulls(contracts, "contracts");
    Checks.check(!contracts.isEmpty(), "rotationContracts", contracts, StaffRecords.ROTATION,
        "must hold at least one contract type");
    return new ParametresPersonnel(Collections.unmodifiableSet(EnumSet.copyOf(contracts)), ageBandStarts,
        absenteeismDays);
  }

  /**
   * The same parameters with other age bands: each start opens a band that runs to the next start less one
   * year; the first band runs from 0 to the first start less one, the last from the last start on.
   *
   * @param starts the ages the bands after the first start at, strictly increasing, each from 1 to
   *     {@value #MAX_AGE_BAND_START}; empty for a single band of all ages
   * @return the parameters
   * @throws org.cpom.CpomValidationException naming the start that breaks a rule
   */
  public ParametresPersonnel withAgeBandStarts(List<Integer> starts) {
    Checks.noNulls(starts, "starts");
    List<Integer> copy = List.copyOf(new ArrayList<>(starts));
    for (int i = 0; i < copy.size(); i++) {
      int s = copy.get(i);
      Checks.check(s >= 1 && s <= MAX_AGE_BAND_START, "ageBandStarts[" + i + "]", s, StaffRecords.AGE,
          "must be from 1 to " + MAX_AGE_BAND_START);
      Checks.check(i == 0 || s > copy.get(i - 1), "ageBandStarts[" + i + "]", s, StaffRecords.AGE,
          "must be above the previous start " + (i == 0 ? "" : copy.get(i - 1)));
    }
    return new ParametresPersonnel(rotationContracts, copy, absenteeismDays);
  }

  /**
   * The same parameters with other days in the absenteeism denominator.
   *
   * @param days 365 (the tableau de bord's) or the days of the year
   * @return the parameters
   */
  public ParametresPersonnel withAbsenteeismDays(JoursAbsenteisme days) {
    Checks.notNull(days, "days");
    return new ParametresPersonnel(rotationContracts, ageBandStarts, days);
  }

  /** @return the contract types the rotation counts (effectif au 31/12/N-1, recrutements, départs) */
  public Set<TypeContrat> rotationContracts() {
    return rotationContracts;
  }

  /** @return the ages the bands after the first start at */
  public List<Integer> ageBandStarts() {
    return ageBandStarts;
  }

  /** @return the days of the absenteeism denominator */
  public JoursAbsenteisme absenteeismDays() {
    return absenteeismDays;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParametresPersonnel p && rotationContracts.equals(p.rotationContracts)
        && ageBandStarts.equals(p.ageBandStarts) && absenteeismDays == p.absenteeismDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rotationContracts, ageBandStarts, absenteeismDays);
  }

  @Override
  public String toString() {
    return "ParametresPersonnel[rotation on " + rotationContracts + ", age bands from " + ageBandStarts + ", "
        + absenteeismDays + "]";
  }
}
