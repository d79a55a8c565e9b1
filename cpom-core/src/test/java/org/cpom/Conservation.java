package org.cpom;

/**
 * How many seeded cases the conservation properties run. The {@code verify} build runs the base counts
 * (about 112,000 cases in all); the {@code conservation} profile of {@code cpom-core/pom.xml} multiplies them
 * by the system property {@value #SCALE_PROPERTY} (10: over 1,100,000 cases), with the same seeds.
 */
public final class Conservation {
  /** The system property holding the multiplier, a whole number of 1 or more. */
  public static final String SCALE_PROPERTY = "cpom.conservation.scale";

  private Conservation() {}

  /**
   * The number of cases to run.
   *
   * @param base the count of the verify build
   * @return the count times the scale
   */
  public static int cases(int base) {
    int scale = Integer.getInteger(SCALE_PROPERTY, 1);
    if (scale < 1) {
      throw new IllegalArgumentException(SCALE_PROPERTY + " must be 1 or more, not " + scale);
    }
    return Math.multiplyExact(base, scale);
  }
}
