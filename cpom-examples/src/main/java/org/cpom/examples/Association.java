package org.cpom.examples;

import java.util.List;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.TariffAuthority;

/**
 * The association every example uses: "Association Les Coteaux" in the Rhône, running an IME, a SESSAD and
 * a MAS funded by the assurance maladie under the ARS Auvergne-Rhône-Alpes, and a foyer de vie funded by
 * the Département du Rhône.
 */
public final class Association {
  private Association() {}

  /** The ARS. */
  public static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");

  /** The Département du Rhône as tariff authority. */
  public static final TariffAuthority DEPARTEMENT = TariffAuthority.departement("69");

  /** The gestionnaire. */
  public static final Gestionnaire GESTIONNAIRE =
      Gestionnaire.of(FinessNumber.of("690000003"), "Association Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT);

  /**
   * IME Les Tilleuls: 60 places (38 internat, 22 semi-internat), 210 days open; its dotation globalisée by the
   * assurance maladie includes the parts of the Rhône and the Ain for the young adults it keeps under CASF
   * L242-4 (amendement Creton), fixed by the ARS (R314-115).
   */
  public static final Esms IME = Esms.builder()
      .finess(FinessNumber.of("690000011"))
      .name("IME Les Tilleuls")
      .category(EsmsCategory.IME)
      .gestionnaire(GESTIONNAIRE.finess())
      .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 38, 38, 210))
      .addCapacity(CapacityLine.of(CapacityMode.SEMI_INTERNAT, 22, 22, 210))
      .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS))
      .addFundings(Funding.of(SectionTarifaire.CRETON, Funder.departement("69"), ARS))
      .addFundings(Funding.of(SectionTarifaire.CRETON, Funder.departement("01"), ARS))
      .build();

  /** SESSAD Les Tilleuls: 35 places de service, 220 days open. */
  public static final Esms SESSAD = Esms.builder()
      .finess(FinessNumber.of("690000029"))
      .name("SESSAD Les Tilleuls")
      .category(EsmsCategory.SESSAD)
      .gestionnaire(GESTIONNAIRE.finess())
      .addCapacity(CapacityLine.of(CapacityMode.PLACES_DE_SERVICE, 35, 35, 220))
      .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS))
      .build();

  /** MAS Le Grand Pré: 48 internat places, 365 days open. */
  public static final Esms MAS = Esms.builder()
      .finess(FinessNumber.of("690000037"))
      .name("MAS Le Grand Pré")
      .category(EsmsCategory.MAS)
      .gestionnaire(GESTIONNAIRE.finess())
      .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 48, 48, 365))
      .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS))
      .build();

  /** Foyer de vie Les Vignes: 30 internat places and 6 accueil de jour, funded by the Département. */
  public static final Esms FOYER_DE_VIE = Esms.builder()
      .finess(FinessNumber.of("690000045"))
      .name("Foyer de vie Les Vignes")
      .category(EsmsCategory.FOYER_DE_VIE)
      .gestionnaire(GESTIONNAIRE.finess())
      .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 365))
      .addCapacity(CapacityLine.of(CapacityMode.ACCUEIL_DE_JOUR, 6, 6, 230))
      .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), DEPARTEMENT))
      .build();

  /** The four ESMS, in the order the contract lists them. */
  public static final List<Esms> ALL_ESMS = List.of(IME, SESSAD, MAS, FOYER_DE_VIE);
}
