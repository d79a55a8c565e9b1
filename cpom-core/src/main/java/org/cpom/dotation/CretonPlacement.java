package org.cpom.dotation;

import java.util.List;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Funder;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A young adult kept past 20 in an établissement for disabled children while waiting for the adult place
 * the commission designated (CASF L242-4, amendement Creton), and who pays the daily tariff of the place
 * kept ({@link #payers()}):
 *
 * <ul>
 *   <li>oriented to an établissement under the Département's competence: the aide sociale of the
 *       Département of the domicile de secours pays the whole daily tariff;
 *   <li>oriented to a FAM or a SAMSAH (V of L314-1): that Département pays the daily tariff less the forfait
 *       journalier plafond soins fixed for the previous exercice, and that forfait is billed to the
 *       assurance maladie;
 *   <li>otherwise the assurance maladie pays the daily tariff.
 * </ul>
 *
 * <p>Build one with {@link #builder()}; {@code orientation} and {@code dailyTariff} are always required, the
 * domicile de secours whenever a Département pays, the forfait plafond soins exactly for a FAM or SAMSAH
 * orientation. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CretonPlacement {
  static final LegalBasis BASIS = Articles.L242_4;
  private static final LegalBasis RULE = Articles.L242_4;

  CretonPlacement() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CretonPlacement}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableCretonPlacement.Builder {
    Builder() {}
  }

  /**
   * The orientation the commission decided.
   *
   * @return the orientation
   */
  public abstract CretonOrientation orientation();

  /**
   * The daily tariff (tarif journalier, prix de journée) of the établissement that keeps the young adult.
   *
   * @return the amount, zero or more
   */
  public abstract Amount dailyTariff();

  /**
   * The Département where the young adult has the domicile de secours.
   *
   * @return the département, required when a Département pays
   */
  public abstract Optional<DepartementCode> domicileDeSecours();

  /**
   * The forfait journalier plafond afférent aux soins fixed for the previous exercice, for an orientation to
   * a FAM or a SAMSAH.
   *
   * @return the amount, given exactly for {@link CretonOrientation#FAM_OR_SAMSAH}
   */
  public abstract Optional<Amount> forfaitPlafondSoins();

  /**
   * Who pays the daily tariff: one payer, or the Département and the assurance maladie for a FAM or SAMSAH
   * orientation; the daily amounts sum to {@link #dailyTariff()}.
   *
   * @return the payers, each with its amount a day and its basis
   */
  public List<CretonPayer> payers() {
    switch (orientation()) {
      case DEPARTEMENT_ESTABLISHMENT:
        return List.of(CretonPayer.of(departement(), dailyTariff(),
            "the Département of the domicile de secours pays the daily tariff"));
      case FAM_OR_SAMSAH:
        Amount soins = forfaitPlafondSoins().orElseThrow();
        return List.of(
            CretonPayer.of(departement(), dailyTariff().minus(soins),
                "the Département of the domicile de secours pays the daily tariff less the forfait plafond soins"),
            CretonPayer.of(Funder.assuranceMaladie(), soins,
                "the forfait journalier plafond soins of the previous exercice is billed to the assurance maladie"));
      default:
        return List.of(CretonPayer.of(Funder.assuranceMaladie(), dailyTariff(),
            "the assurance maladie pays the daily tariff"));
    }
  }

  private Funder departement() {
    return Funder.departement(domicileDeSecours().orElseThrow());
  }

  @Value.Check
  void check() {
    Checks.check(!dailyTariff().isNegative(), "cretonPlacement.dailyTariff", dailyTariff(), RULE,
        "a daily tariff is zero or more");
    boolean departementPays = orientation() != CretonOrientation.OTHER;
    Checks.check(!departementPays || domicileDeSecours().isPresent(), "cretonPlacement.domicileDeSecours", "none",
        RULE, "the Département of the domicile de secours pays for an orientation " + orientation());
    boolean famOrSamsah = orientation() == CretonOrientation.FAM_OR_SAMSAH;
    Checks.check(famOrSamsah == forfaitPlafondSoins().isPresent(), "cretonPlacement.forfaitPlafondSoins",
        forfaitPlafondSoins().map(Object::toString).orElse("none"), RULE,
        "the forfait plafond soins is deducted exactly for an orientation to a FAM or a SAMSAH (V of L314-1)");
    forfaitPlafondSoins().ifPresent(f -> {
      Checks.check(!f.isNegative(), "cretonPlacement.forfaitPlafondSoins", f, RULE, "a forfait is zero or more");
      Checks.check(!f.isGreaterThan(dailyTariff()), "cretonPlacement.forfaitPlafondSoins", f, RULE,
          "the forfait plafond soins is larger than the daily tariff " + dailyTariff());
    });
  }
}
