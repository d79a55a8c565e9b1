package org.cpom.contract;

/** Gives tests outside this package the sample fiche-action of {@link Fixtures}. */
public final class FicheActionNulls {
  private FicheActionNulls() {}

  /**
   * The sample fiche-action.
   *
   * @return FA1 of the test fixtures
   */
  public static FicheAction sample() {
    return Fixtures.fa1().build();
  }
}
