package org.cpom.budget;

import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.immutables.value.Value;

/**
 * The key of the "per enveloppe" view of a budget: a funder, a funded section and, when the lines belong to
 * one, a DGC label.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Enveloppe {
  Enveloppe() {}

  /**
   * The key of an enveloppe outside any DGC.
   *
   * @param funder the funder
   * @param section the funded section
   * @return the key
   */
  public static Enveloppe of(Funder funder, SectionTarifaire section) {
    return ImmutableEnveloppe.of(funder, section, Optional.empty());
  }

  /**
   * The key of an enveloppe within a DGC.
   *
   * @param funder the funder
   * @param section the funded section
   * @param dgc the DGC label, not blank
   * @return the key
   */
  public static Enveloppe of(Funder funder, SectionTarifaire section, String dgc) {
    return ImmutableEnveloppe.of(funder, section, Optional.of(Objects.requireNonNull(dgc, "dgc")));
  }

  /**
   * The funder.
   *
   * @return the funder
   */
  @Value.Parameter
  public abstract Funder funder();

  /**
   * The funded section.
   *
   * @return the section
   */
  @Value.Parameter
  public abstract SectionTarifaire section();

  /**
   * The DGC label.
   *
   * @return the label, or empty
   */
  @Value.Parameter
  public abstract Optional<String> dgc();

  @Value.Check
  void check() {
    dgc().ifPresent(d -> Checks.notBlank(d, "enveloppe.dgc"));
  }

  @Override
  public String toString() {
    return funder() + " / " + section() + dgc().map(d -> " / " + d).orElse("");
  }
}
