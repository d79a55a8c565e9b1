package org.cpom.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

class ReferentialTest {
  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");

  static Esms.Builder ime() {
    return Esms.builder()
        .finess(FinessNumber.of("690000011"))
        .name("IME Les Tilleuls")
        .category(EsmsCategory.IME)
        .gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 40, 38, 210))
        .addCapacity(CapacityLine.of(CapacityMode.SEMI_INTERNAT, 22, 22, 210))
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS));
  }

  @Test
  void finessFormats() {
    assertThat(FinessNumber.of("690000011").departement()).isEqualTo(DepartementCode.of("69"));
    assertThat(FinessNumber.of("2A0001234").departement()).isEqualTo(DepartementCode.of("2A"));
    // overseas numbers written 970 then the département's last digit: 9704... is La Réunion (974)
    assertThat(FinessNumber.of("970401234").departement()).isEqualTo(DepartementCode.of("974"));
    assertThat(FinessNumber.of("971012345").departement()).isEqualTo(DepartementCode.of("971"));
    for (String bad : new String[] {"200000001", "970000001", "970912345", "979000001", "980000001"}) {
      assertThatThrownBy(() -> FinessNumber.of(bad)).as(bad).isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("finess");
    }
    assertThat(FinessNumber.of("974 000 123").value()).isEqualTo("974000123");
    assertThat(FinessNumber.of("010000001")).isEqualTo(FinessNumber.of("010000001"));
  }

  @Test
  void finessOfTheWrongFormatIsRejectedNamingFieldAndRule() {
    for (String bad : new String[] {"69000001", "6900000111", "000000001", "960000001", "2C0000001", "69000001A", "2a0000001"}) {
      assertThatThrownBy(() -> FinessNumber.of(bad))
          .as(bad)
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("finess")
          .hasMessageContaining(bad)
          .hasMessageContaining("FINESS format")
          .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("finess"));
    }
  }

  @Test
  void esmsCapacityAndFunding() {
    Esms esms = ime().build();
    assertThat(esms.authorisedPlaces()).isEqualTo(62);
    assertThat(esms.fundedPlaces()).isEqualTo(60);
    assertThat(esms.capacity(CapacityMode.INTERNAT).orElseThrow().theoreticalDays()).isEqualTo(38L * 210);
    assertThat(esms.isJointlyFunded()).isFalse();
    assertThat(esms.publicServed()).isEqualTo(Public.ENFANTS_HANDICAPES);
  }

  @Test
  void famIsJointlyFunded() {
    Esms fam = Esms.builder()
        .finess(FinessNumber.of("690000029"))
        .name("FAM Le Château")
        .category(EsmsCategory.FAM)
        .gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 30, 30, 365))
        .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ARS))
        .addFundings(Funding.of(SectionTarifaire.HEBERGEMENT, Funder.departement("69"), TariffAuthority.departement("69")))
        .build();
    assertThat(fam.isJointlyFunded()).isTrue();
    assertThat(fam.fundingsBy(Funder.departement("69"))).singleElement()
        .extracting(Funding::section).isEqualTo(SectionTarifaire.HEBERGEMENT);
    assertThat(EsmsCategory.FAM.isUsuallyJointlyFunded()).isTrue();
    assertThat(EsmsCategory.IME.isUsuallyJointlyFunded()).isFalse();
  }

  @Test
  void badCapacityAndFundingAreRejected() {
    assertThatThrownBy(() -> CapacityLine.of(CapacityMode.INTERNAT, 10, 11, 365))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("capacity.fundedPlaces");
    assertThatThrownBy(() -> CapacityLine.of(CapacityMode.INTERNAT, 10, 10, 367))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("capacity.daysOpen");
    assertThatThrownBy(() -> Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), ARS))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("funding.authority");
    assertThatThrownBy(() -> Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), TariffAuthority.departement("01")))
        .isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), TariffAuthority.departement("01")))
        .isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> ime().addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ARS)).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("GLOBAL");
    assertThatThrownBy(() -> ime().addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 1, 1, 1)).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> DepartementCode.of("96")).isInstanceOf(CpomValidationException.class);
  }
}
