package org.cpom.examples;

import org.cpom.money.Amount;

/** Placeholder main until the contract example lands. */
public final class AssociationExample {
  private AssociationExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println("DGC twelfths of 5,566,000.00: " + Amount.of("5566000.00").splitTwelfths());
  }
}
