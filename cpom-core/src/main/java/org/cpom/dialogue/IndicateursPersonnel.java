package org.cpom.dialogue;

/** Placeholder replaced by the staff indicators value. */
public final class IndicateursPersonnel {
  /** The key of the overall absenteeism rate. */
  public static final String ABSENTEEISM = "staff.absenteeism";

  private IndicateursPersonnel() {}
}
