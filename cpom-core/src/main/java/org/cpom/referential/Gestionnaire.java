package org.cpom.referential;

import org.cpom.internal.Checks;
import org.immutables.value.Value;

/**
 * An organisme gestionnaire: the legal entity, identified by its FINESS juridique, that runs one or more
 * ESMS and signs the CPOM.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Gestionnaire {
  Gestionnaire() {}

  /**
   * Creates a gestionnaire.
   *
   * @param finess its FINESS juridique
   * @param name its name
   * @param status its legal status
   * @return the gestionnaire
   */
  public static Gestionnaire of(FinessNumber finess, String name, LegalStatus status) {
    return ImmutableGestionnaire.of(finess, name, status);
  }

  /**
   * The FINESS juridique.
   *
   * @return the number
   */
  @Value.Parameter
  public abstract FinessNumber finess();

  /**
   * The name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The legal status.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract LegalStatus status();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "gestionnaire.name");
  }
}
