package org.cpom.dialogue;

import java.util.Optional;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.immutables.value.Value;

/**
 * Where the definition of an indicator comes from (source de la définition): its status, the reference read (an
 * article, the ANAP tableau de bord as the Hélios application quotes it, a practitioners' source), and the legal
 * basis or convention cpom cites for it when there is one.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
@Value.Immutable
public abstract class IndicatorSource {
  IndicatorSource() {}

  /**
   * A source without a basis to cite.
   *
   * @param status how far the definition was checked
   * @param reference what was read, such as {@code "ANAP TdB (Hélios ContenuTauxRotation)"}
   * @return the source
   * @throws org.cpom.CpomValidationException if the reference is blank
   */
  public static IndicatorSource of(IndicatorStatus status, String reference) {
    return ImmutableIndicatorSource.builder().status(status).reference(reference).build();
  }

  /**
   * A source with the basis cpom cites: an article ({@code LegalBasis.casf("R314-43-2 II 1°")}) or, for the
   * library's default, its convention.
   *
   * @param status how far the definition was checked
   * @param reference what was read
   * @param basis the basis cited
   * @return the source
   * @throws org.cpom.CpomValidationException if the reference is blank
   */
  public static IndicatorSource of(IndicatorStatus status, String reference, LegalBasis basis) {
    return ImmutableIndicatorSource.builder().status(status).reference(reference).basis(basis).build();
  }

  /**
   * How far the definition was checked.
   *
   * @return the status
   */
  public abstract IndicatorStatus status();

  /**
   * What was read.
   *
   * @return the reference, not blank
   */
  public abstract String reference();

  /**
   * The basis cpom cites for the definition.
   *
   * @return the basis, if any
   */
  public abstract Optional<LegalBasis> basis();

  @Value.Check
  void check() {
    Checks.notBlank(reference(), "indicatorSource.reference");
  }
}
