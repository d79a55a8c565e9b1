package org.cpom.referential;

import org.cpom.internal.Checks;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * One funding line of an ESMS: which section it covers, who pays, and who sets the tariff.
 *
 * <p>The funder and the authority must match: the assurance maladie and the State are tariffed by an ARS; a
 * Département funder by that same Département, except for a {@link SectionTarifaire#CRETON} part, which a
 * Département pays (L242-4) within a dotation globalisée that the DG ARS fixes (R314-115).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Funding {
  static final LegalBasis RULE = LegalBasis.convention(Convention.FUNDING);

  Funding() {}

  /**
   * Creates a funding line.
   *
   * @param section the section covered
   * @param funder who pays
   * @param authority who sets the tariff
   * @return the funding
   */
  public static Funding of(SectionTarifaire section, Funder funder, TariffAuthority authority) {
    return ImmutableFunding.of(section, funder, authority);
  }

  /**
   * The section covered.
   *
   * @return the section
   */
  @Value.Parameter
  public abstract SectionTarifaire section();

  /**
   * Who pays.
   *
   * @return the funder
   */
  @Value.Parameter
  public abstract Funder funder();

  /**
   * Who sets the tariff.
   *
   * @return the authority
   */
  @Value.Parameter
  public abstract TariffAuthority authority();

  @Value.Check
  void check() {
    if (section() == SectionTarifaire.CRETON) {
      Checks.check(funder().kind() == FunderKind.DEPARTEMENT, "funding.funder", funder(), Articles.L242_4,
          "a Creton part is paid by the aide sociale of a Département");
      Checks.check(authority().kind() == TariffAuthority.Kind.ARS, "funding.authority", authority(), Articles.R314_115,
          "a Creton part is fixed with the dotation globalisée by the DG ARS");
      return;
    }
    boolean ok;
    if (funder().kind() == FunderKind.DEPARTEMENT) {
      ok = authority().kind() == TariffAuthority.Kind.DEPARTEMENT
          && authority().territory().equals(funder().departement().orElseThrow().code());
    } else {
      ok = authority().kind() == TariffAuthority.Kind.ARS;
    }
    Checks.check(ok, "funding.authority", authority(), RULE, "does not set the tariffs of " + funder());
  }
}
