package org.cpom.activity;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A perennial part of an ESMS's funding that the activity modulation does not touch, though it stays in the
 * base reconductible.
 *
 * <p>The EHPAD modulations apply to the part of the forfait that comes from the tariff equation only: CASF
 * R314-160 modulates « la part du forfait global relatif aux soins mentionnée au 1° de l'article R. 314-159 »
 * and CASF R314-174 the part of the forfait dépendance mentioned in R314-172 1°. The financements
 * complémentaires of the soins forfait (CASF R314-163: PASA, hébergement temporaire, accueil de jour...) and
 * any other perennial funding outside the equation are therefore left out of the modulated base. Example:
 * {@code UnmodulatedPart.of("financements complémentaires PASA, HT, AJ", Amount.ofEuros(180_000),
 * LegalBasis.casf("R314-163"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnmodulatedPart {
  UnmodulatedPart() {}

  /**
   * A part left out of the modulated base.
   *
   * @param label what the funding is, e.g. "financements complémentaires PASA"
   * @param amount its amount in the year's perennial part, zero or more
   * @param basis the article or decision that grants it, e.g. CASF R314-163
   * @return the part
   */
  public static UnmodulatedPart of(String label, Amount amount, LegalBasis basis) {
    return ImmutableUnmodulatedPart.of(label, amount, basis);
  }

  /**
   * What the funding is.
   *
   * @return the label, not blank
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Its amount within the year's perennial part.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract Amount amount();

  /**
   * The article or decision that grants it.
   *
   * @return the legal basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "unmodulatedPart.label");
    Checks.check(!amount().isNegative(), "unmodulatedPart.amount", amount(), Articles.R314_160_R314_174,
        "a part left out of the modulated base is zero or more");
  }
}
