package org.cpom.finance;

import java.util.Locale;
import org.cpom.contract.CompteKind;
import org.cpom.internal.Checks;
import org.cpom.internal.CpomStyle;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * One compte de résultat prévisionnel (CRP) of an EPRD, as far as the balance tests of CASF R314-222 read it: its
 * kind (which of the four cases of R314-222 II it falls in), its forecast result, and its tariff revenue against
 * the amounts the authorities notified (R314-222 I 1°).
 *
 * <p>A compte {@link CompteKind#IN_CPOM} may forecast a deficit « qui reste compatible avec le plan global de
 * financement pluriannuel » (R314-222 II 1°). cpom has no PGFP engine yet, so the caller states whether the
 * PGFP absorbs the deficit ({@link #deficitCompatibleWithPgfp()}); a later PGFP check can replace that fact.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}, which rejects a blank name, a negative tariff
 * revenue, or a PGFP statement on a compte outside the CPOM.
 */
@Value.Immutable
@CpomStyle
public abstract class EprdCompteDeResultat {
  EprdCompteDeResultat() {}

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EprdCompteDeResultat}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableEprdCompteDeResultat.Builder {
    Builder() {}
  }

  /**
   * The name of the compte, unique within the EPRD, such as the ESMS's name or FINESS.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Which case of R314-222 II the compte falls in; {@link CompteKind#IN_CPOM} by default.
   *
   * @return the kind
   */
  @Value.Default
  public CompteKind kind() {
    return CompteKind.IN_CPOM;
  }

  /**
   * The forecast result (résultat prévisionnel): produits less charges, negative for a deficit.
   *
   * @return the result
   */
  public abstract Amount resultat();

  /**
   * The tariff revenue the compte forecasts (produits de la tarification), zero for a compte without one.
   *
   * @return the forecast tariff revenue, zero or more
   */
  @Value.Default
  public Amount produitsDeLaTarification() {
    return Amount.ZERO;
  }

  /**
   * The tariff revenue the authorities notified for the year (« ceux notifiés », R314-222 I 1°), all funders
   * together, zero for a compte without one.
   *
   * @return the notified amounts, zero or more
   */
  @Value.Default
  public Amount produitsNotifies() {
    return Amount.ZERO;
  }

  /**
   * Whether the forecast deficit stays compatible with the PGFP (R314-222 II 1°), as the caller establishes it;
   * false by default. Only a compte {@link CompteKind#IN_CPOM} may say so.
   *
   * @return true if the PGFP absorbs the deficit
   */
  @Value.Default
  public boolean deficitCompatibleWithPgfp() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "compte.name");
    Checks.check(!produitsDeLaTarification().isNegative(), "compte.produitsDeLaTarification",
        produitsDeLaTarification(), Articles.TARIFF_REVENUE, "tariff revenue is zero or more");
    Checks.check(!produitsNotifies().isNegative(), "compte.produitsNotifies", produitsNotifies(),
        Articles.TARIFF_REVENUE, "notified amounts are zero or more");
    Checks.check(!deficitCompatibleWithPgfp() || kind() == CompteKind.IN_CPOM, "compte.deficitCompatibleWithPgfp",
        kind(), Articles.DEFICIT_IN_CPOM, "only a compte in the CPOM may show a deficit compatible with the PGFP, not a "
            + kind().label(Locale.ENGLISH));
  }

  @Override
  public String toString() {
    return name() + " (" + kind() + ") " + resultat();
  }
}
