package org.cpom.result;

import java.util.Optional;
import org.cpom.contract.CompteKind;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A compte de résultat: the unit whose result is allocated, one per ESMS or per annex activity
 * (R314-217, R314-234). Its {@link #id()} keys it in the {@link ReserveLedger}.
 *
 * <p>Its {@link #kind()} says what it covers in the gestionnaire's EPRD (R314-222 II): an ESMS of the
 * contract (the default), an ESMS outside the perimeter or tariffed by the préfet, whose result the tariff
 * authority allocates (R314-234 4°), an ESAT commercial budget, or an activity of R314-74.
 *
 * <p>An EHPAD whose soins and dépendance results must stay out of investment, the réserve de trésorerie
 * and the depreciation reserve (EHPAD under L342-1) is modelled with one compte per such section:
 * {@link #section()} {@link SectionTarifaire#SOINS} or {@link SectionTarifaire#DEPENDANCE} and
 * {@link #ehpadUnderL342_1()} true.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompteDeResultat {
  CompteDeResultat() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompteDeResultat}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableCompteDeResultat.Builder {
    Builder() {}
  }

  /**
   * A compte de résultat with an id and a name, for the whole budget of one ESMS or annex.
   *
   * @param id the id, e.g. "IME"
   * @param name the name
   * @return the compte
   */
  public static CompteDeResultat of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * The compte de résultat of a whole ESMS: its FINESS as id, its name.
   *
   * @param esms the ESMS
   * @return the compte
   */
  public static CompteDeResultat from(Esms esms) {
    java.util.Objects.requireNonNull(esms, "esms");
    return builder().id(esms.finess().value()).name(esms.name()).finess(esms.finess()).build();
  }

  /**
   * The id that keys the compte in the ledger.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The name, e.g. "IME Les Tilleuls".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The FINESS of the ESMS, when the compte is that of an ESMS.
   *
   * @return the number, or empty
   */
  public abstract Optional<FinessNumber> finess();

  /**
   * The tariff section the compte covers; {@link SectionTarifaire#GLOBAL} (the whole budget) by default.
   *
   * @return the section
   */
  @Value.Default
  public SectionTarifaire section() {
    return SectionTarifaire.GLOBAL;
  }

  /**
   * Whether the compte is the soins or dépendance section of an EHPAD under L342-1, whose surpluses may not
   * go to investment, the réserve de trésorerie or the depreciation reserve; false by default.
   *
   * @return true for such a section
   */
  @Value.Default
  public boolean ehpadUnderL342_1() {
    return false;
  }

  /**
   * What the compte covers, which decides who allocates it under the EPRD and whether it may take part in
   * transfers between comptes (R314-222 II, R314-234 4°, R314-235); {@link CompteKind#IN_CPOM} by default.
   *
   * @return the kind
   */
  @Value.Default
  public CompteKind kind() {
    return CompteKind.IN_CPOM;
  }

  /**
   * Whether the L342-1 restriction applies: an EHPAD under L342-1 and a soins or dépendance section.
   *
   * @return true if the restriction applies
   */
  boolean restrictedByL342_1() {
    return ehpadUnderL342_1() && (section() == SectionTarifaire.SOINS || section() == SectionTarifaire.DEPENDANCE);
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "compte.id");
    Checks.notBlank(name(), "compte.name");
    // an EHPAD section is an ESMS budget: neither a commercial budget nor an activity outside L312-1 I
    Checks.check(!ehpadUnderL342_1() || kind() == CompteKind.IN_CPOM || kind().allocatedByAuthorityUnderEprd(),
        "compte.kind", kind(), LegalBasis.casf("L342-1"),
        "an EHPAD section under L342-1 is the budget of an ESMS, not a " + kind().label(java.util.Locale.ENGLISH));
  }

  @Override
  public String toString() {
    return id() + " " + name();
  }
}
