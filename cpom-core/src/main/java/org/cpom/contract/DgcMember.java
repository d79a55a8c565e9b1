package org.cpom.contract;

import org.cpom.referential.Esms;
import org.immutables.value.Value;

/**
 * One ESMS of a dotation globalisée commune, with the R314-40 mode by which the contract's financial clause
 * updates its share each year.
 *
 * <p>The mode matters beyond the yearly update: when one member of a DGC is funded under R314-40 4°
 * (equation, ceiling or algorithm), a re-split by décision modificative applies to the current year only
 * (R314-43-1).
 *
 * <p>The mode is stated on the member, since a single-funded budget may set its groupes fonctionnels by
 * different modes while its share of the DGC is updated by one; the {@link Cpom} checks it against its
 * financial clause: where the clause has lines for the member's financement in the DGC, the member's mode is
 * one of theirs, or the contract is rejected naming {@code cpom.dgcs[NAME].members[FINESS].mode} and CASF
 * R314-40.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DgcMember {
  DgcMember() {}

  /**
   * Creates a member.
   *
   * @param esms the ESMS
   * @param mode the R314-40 mode of its yearly update
   * @return the member
   */
  public static DgcMember of(Esms esms, TariffMode mode) {
    return ImmutableDgcMember.of(esms, mode);
  }

  /**
   * The ESMS.
   *
   * @return the ESMS
   */
  @Value.Parameter
  public abstract Esms esms();

  /**
   * The R314-40 mode of its yearly update.
   *
   * @return the mode
   */
  @Value.Parameter
  public abstract TariffMode mode();

  @Override
  public String toString() {
    return esms().finess() + " " + esms().name() + " (" + mode().article() + ")";
  }
}
