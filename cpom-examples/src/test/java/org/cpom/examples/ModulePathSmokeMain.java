package org.cpom.examples;

import org.cpom.money.Amount;

/** Started by {@link ModulePathSmokeTest} with cpom-core as a named module on the module path. */
public final class ModulePathSmokeMain {
  private ModulePathSmokeMain() {}

  /**
   * Prints the module of Amount and a JSR-354 round trip.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Amount a = Amount.of("5566000.00");
    System.out.println(Amount.class.getModule().getName());
    System.out.println(Amount.from(a.toMonetaryAmount()).equals(a) + " " + a.splitTwelfths().get(0));
  }
}
