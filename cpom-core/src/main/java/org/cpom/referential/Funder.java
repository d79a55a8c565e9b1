package org.cpom.referential;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A funder (financeur): the assurance maladie, a given Département, or the State.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Funder implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Funder ASSURANCE_MALADIE = new Funder(FunderKind.ASSURANCE_MALADIE, null);
  private static final Funder ETAT = new Funder(FunderKind.ETAT, null);

  private final FunderKind kind;
  private final DepartementCode departement;

  private Funder(FunderKind kind, DepartementCode departement) {
    this.kind = kind;
    this.departement = departement;
  }

  /**
   * The assurance maladie (its funds are tariffed by the ARS).
   *
   * @return the funder
   */
  public static Funder assuranceMaladie() {
    return ASSURANCE_MALADIE;
  }

  /**
   * The State (ESAT operating budgets).
   *
   * @return the funder
   */
  public static Funder etat() {
    return ETAT;
  }

  /**
   * A Département, through its aide sociale.
   *
   * @param code the département code
   * @return the funder
   */
  public static Funder departement(DepartementCode code) {
    return new Funder(FunderKind.DEPARTEMENT, Objects.requireNonNull(code, "code"));
  }

  /**
   * A Département, through its aide sociale.
   *
   * @param code the département code, such as {@code "69"}
   * @return the funder
   */
  public static Funder departement(String code) {
    return departement(DepartementCode.of(code));
  }

  /**
   * The kind of funder.
   *
   * @return the kind
   */
  public FunderKind kind() {
    return kind;
  }

  /**
   * The Département's code, for a Département funder.
   *
   * @return the code, or empty for the assurance maladie and the State
   */
  public Optional<DepartementCode> departement() {
    return Optional.ofNullable(departement);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Funder
        && ((Funder) obj).kind == kind
        && Objects.equals(((Funder) obj).departement, departement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, departement);
  }

  @Override
  public String toString() {
    switch (kind) {
      case ASSURANCE_MALADIE:
        return "Assurance maladie";
      case ETAT:
        return "État";
      default:
        return "Département " + departement;
    }
  }
}
