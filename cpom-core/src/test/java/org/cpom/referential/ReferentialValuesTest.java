package org.cpom.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** Value contracts (equals, hashCode, compareTo, toString) and the boundaries of the referential checks. */
class ReferentialValuesTest {
  private static final TariffAuthority ARS = ReferentialTest.ARS;

  @Test
  void finessNumberIsAnOrderedValue() {
    FinessNumber a = FinessNumber.of("690000011");
    assertThat(a).isEqualTo(FinessNumber.of("69 000 0011")).hasSameHashCodeAs(FinessNumber.of("690000011"));
    assertThat(a).isNotEqualTo(FinessNumber.of("690000029")).isNotEqualTo("690000011");
    assertThat(a.hashCode()).isNotEqualTo(FinessNumber.of("690000029").hashCode());
    assertThat(a).hasToString("690000011");
    assertThat(a.compareTo(FinessNumber.of("690000029"))).isNegative();
    assertThat(FinessNumber.of("2A0000001").compareTo(a)).isNegative();
    assertThat(a.compareTo(FinessNumber.of("690000011"))).isZero();
  }

  @Test
  void departementCodeIsAnOrderedValue() {
    DepartementCode rhone = DepartementCode.of("69");
    assertThat(rhone).isEqualTo(DepartementCode.of("69")).hasSameHashCodeAs(DepartementCode.of("69"));
    assertThat(rhone).isNotEqualTo(DepartementCode.of("01")).isNotEqualTo("69");
    assertThat(rhone.hashCode()).isNotEqualTo(DepartementCode.of("01").hashCode());
    assertThat(rhone).hasToString("69");
    assertThat(rhone.code()).isEqualTo("69");
    assertThat(DepartementCode.of("01").compareTo(rhone)).isNegative();
    assertThat(DepartementCode.of("974").compareTo(rhone)).isPositive();
    for (String ok : new String[] {"01", "19", "21", "2A", "2B", "95", "971", "976", "978", "984", "989"}) {
      assertThat(DepartementCode.of(ok).code()).isEqualTo(ok);
    }
    // Corsica is 2A and 2B, and 970, 979, 980-983 are no département (the review found 20 and 970 accepted)
    for (String bad : new String[] {"00", "20", "96", "97", "99", "970", "979", "980", "983", "990", "2C", "2a", "1",
        "695"}) {
      assertThatThrownBy(() -> DepartementCode.of(bad)).as(bad)
          .isInstanceOf(CpomValidationException.class).hasMessageContaining("département code");
    }
  }

  @Test
  void funderIsAValue() {
    assertThat(Funder.etat().kind()).isEqualTo(FunderKind.ETAT);
    assertThat(Funder.etat().departement()).isEmpty();
    assertThat(Funder.etat()).hasToString("État").isNotEqualTo(Funder.assuranceMaladie());
    assertThat(Funder.assuranceMaladie()).hasToString("Assurance maladie");
    Funder rhone = Funder.departement("69");
    assertThat(rhone).hasToString("Département 69").isEqualTo(Funder.departement(DepartementCode.of("69")));
    assertThat(rhone).hasSameHashCodeAs(Funder.departement("69")).isNotEqualTo(Funder.departement("01"));
    assertThat(rhone.hashCode()).isNotEqualTo(Funder.departement("01").hashCode());
    assertThat(rhone.departement()).contains(DepartementCode.of("69"));
    assertThat(rhone).isNotEqualTo("Département 69");
  }

  @Test
  void tariffAuthorityIsAValue() {
    TariffAuthority ara = TariffAuthority.ars(" Auvergne-Rhône-Alpes ");
    assertThat(ara.kind()).isEqualTo(TariffAuthority.Kind.ARS);
    assertThat(ara.territory()).isEqualTo("Auvergne-Rhône-Alpes");
    assertThat(ara).isEqualTo(ARS).hasSameHashCodeAs(ARS).hasToString("ARS Auvergne-Rhône-Alpes");
    assertThat(ara).isNotEqualTo(TariffAuthority.ars("Occitanie")).isNotEqualTo("ARS Auvergne-Rhône-Alpes");
    assertThat(ara.hashCode()).isNotEqualTo(TariffAuthority.ars("Occitanie").hashCode());
    TariffAuthority rhone = TariffAuthority.departement("69");
    assertThat(rhone).hasToString("Département 69").isEqualTo(TariffAuthority.departement(DepartementCode.of("69")));
    // Same territory text, other kind: not equal.
    assertThat(TariffAuthority.ars("69")).isNotEqualTo(rhone);
    assertThat(TariffAuthority.ars("69").hashCode()).isNotEqualTo(rhone.hashCode());
    assertThatThrownBy(() -> TariffAuthority.ars(" ")).isInstanceOf(CpomValidationException.class).hasMessageContaining("region");
  }

  @Test
  void capacityBoundaries() {
    assertThat(CapacityLine.of(CapacityMode.EXTERNAT, 0, 0, 1).theoreticalDays()).isZero();
    assertThat(CapacityLine.of(CapacityMode.EXTERNAT, 10, 10, 366).theoreticalDays()).isEqualTo(3660);
    assertThat(CapacityLine.of(CapacityMode.EXTERNAT, Integer.MAX_VALUE, Integer.MAX_VALUE, 366).theoreticalDays())
        .isEqualTo(366L * Integer.MAX_VALUE);
    assertThatThrownBy(() -> CapacityLine.of(CapacityMode.EXTERNAT, 10, 10, 0))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("capacity.daysOpen");
    assertThatThrownBy(() -> CapacityLine.of(CapacityMode.EXTERNAT, -1, 0, 1))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("capacity.authorisedPlaces");
    assertThatThrownBy(() -> CapacityLine.of(CapacityMode.EXTERNAT, 0, -1, 1))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("capacity.fundedPlaces");
  }

  @Test
  void esmsLooksUpCapacityByModeAndRejectsASectionFundedTwice() {
    Esms ime = ReferentialTest.ime().build();
    assertThat(ime.capacity(CapacityMode.SEMI_INTERNAT).orElseThrow().authorisedPlaces()).isEqualTo(22);
    assertThat(ime.capacity(CapacityMode.EXTERNAT)).isEmpty();
    assertThat(ime.fundingsBy(Funder.departement("69"))).isEmpty();
    assertThat(ime).hasToString("IME IME Les Tilleuls (690000011)");
    assertThatThrownBy(() -> ReferentialTest.ime().fundings(java.util.List.of()).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("esms.fundings").hasMessageContaining("at least one");
    Funding soins = Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ARS);
    assertThatThrownBy(() -> ReferentialTest.ime().fundings(java.util.List.of(soins, soins)).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("funded twice");
    assertThatThrownBy(() -> ReferentialTest.ime().name(" ").build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("esms.name");
  }

  @Test
  void enumsAndGestionnaire() {
    assertThat(EsmsCategory.EHPAD.usualFunders()).containsExactlyInAnyOrder(FunderKind.ASSURANCE_MALADIE, FunderKind.DEPARTEMENT);
    assertThat(EsmsCategory.ESAT.usualFunders()).containsExactly(FunderKind.ETAT);
    assertThat(EsmsCategory.values()).filteredOn(EsmsCategory::isUsuallyJointlyFunded)
        .containsExactlyInAnyOrder(EsmsCategory.CAMSP, EsmsCategory.FAM, EsmsCategory.SAMSAH, EsmsCategory.EHPAD);
    assertThat(EnumSet.allOf(LegalStatus.class)).filteredOn(LegalStatus::isPrivate)
        .containsExactlyInAnyOrder(LegalStatus.PRIVATE_NON_PROFIT, LegalStatus.PRIVATE_COMMERCIAL);
    assertThat(EnumSet.allOf(GroupeFonctionnel.class)).filteredOn(GroupeFonctionnel::isCharges)
        .containsExactly(GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE, GroupeFonctionnel.CHARGES_II_PERSONNEL,
            GroupeFonctionnel.CHARGES_III_STRUCTURE);
    Gestionnaire g = Gestionnaire.of(FinessNumber.of("690000003"), "Association Les Tilleuls", LegalStatus.PRIVATE_NON_PROFIT);
    assertThat(g.finess()).isEqualTo(FinessNumber.of("690000003"));
    assertThat(g.name()).isEqualTo("Association Les Tilleuls");
    assertThat(g.status()).isEqualTo(LegalStatus.PRIVATE_NON_PROFIT);
    assertThatThrownBy(() -> Gestionnaire.of(FinessNumber.of("690000003"), "", LegalStatus.PUBLIC))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("gestionnaire.name");
  }

  @Test
  void totalPlacesBeyondAnIntAreRejectedInsteadOfWrappingAround() {
    // Two lines of Integer.MAX_VALUE places each: the int total used to wrap around to -2.
    CapacityLine huge = CapacityLine.of(CapacityMode.INTERNAT, Integer.MAX_VALUE, Integer.MAX_VALUE, 365);
    CapacityLine more = CapacityLine.of(CapacityMode.EXTERNAT, Integer.MAX_VALUE, 1, 365);
    assertThatThrownBy(() -> ReferentialTest.ime().capacity(java.util.List.of(huge, more)).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("esms.capacity")
        .hasMessageContaining("cpom convention");
    Esms one = ReferentialTest.ime().capacity(java.util.List.of(huge)).build();
    assertThat(one.authorisedPlaces()).isEqualTo(Integer.MAX_VALUE);
    assertThat(one.fundedPlaces()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aFinancementIsAValueOfItsFunderAndSection() {
    Financement soins = Financement.of(Funder.assuranceMaladie(), SectionTarifaire.SOINS);
    assertThat(soins.funder()).isEqualTo(Funder.assuranceMaladie());
    assertThat(soins.section()).isEqualTo(SectionTarifaire.SOINS);
    Financement same = Financement.of(Funder.assuranceMaladie(), SectionTarifaire.SOINS);
    assertThat(soins).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(soins)
        .isNotEqualTo(Financement.of(Funder.etat(), SectionTarifaire.SOINS))
        .isNotEqualTo(Financement.of(Funder.assuranceMaladie(), SectionTarifaire.GLOBAL))
        .isNotEqualTo(SectionTarifaire.SOINS);
    // the hash follows the fields, so financements of different sections spread over a hash map
    assertThat(soins.hashCode()).isNotEqualTo(Financement.of(Funder.assuranceMaladie(), SectionTarifaire.GLOBAL).hashCode());
  }

  @Test
  void aFundingLineMatchesItsOwnFinancementAndGlobalOnlyWhereTheRuleSays() {
    Funder cd33 = Funder.departement("33");
    TariffAuthority authority = TariffAuthority.departement("33");
    Funding hebergement = Funding.of(SectionTarifaire.HEBERGEMENT, cd33, authority);
    Funding global = Funding.of(SectionTarifaire.GLOBAL, cd33, authority);
    assertThat(Financement.of(cd33, SectionTarifaire.HEBERGEMENT).matches(hebergement)).isTrue();
    assertThat(Financement.of(cd33, SectionTarifaire.HEBERGEMENT).matches(global)).isTrue();
    // another section of the same funder, or the same section of another funder: no match
    assertThat(Financement.of(cd33, SectionTarifaire.ACCOMPAGNEMENT).matches(hebergement)).isFalse();
    assertThat(Financement.of(Funder.departement("69"), SectionTarifaire.HEBERGEMENT).matches(hebergement)).isFalse();
    // a GLOBAL line is never dépendance (EHPAD only) nor Creton (part of an IME's dotation)
    assertThat(Financement.of(cd33, SectionTarifaire.DEPENDANCE).matches(global)).isFalse();
    assertThat(Financement.of(cd33, SectionTarifaire.CRETON).matches(global)).isFalse();
  }

  @Test
  void aRejectedCodeIsQuotedWholeUpTo10CharactersAndAFinessUpTo40() {
    assertThatThrownBy(() -> DepartementCode.of("ABCDEFGHIJ")).isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).value()).isEqualTo("\"ABCDEFGHIJ\"");
    assertThatThrownBy(() -> DepartementCode.of("ABCDEFGHIJK")).isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).value()).isEqualTo("\"ABCDEFGHIJ...\"");
    // 40 characters, spaces ignored, are still read: a FINESS number padded by a fixed-width export
    assertThat(FinessNumber.of("690000011" + " ".repeat(31))).isEqualTo(FinessNumber.of("690000011"));
    assertThatThrownBy(() -> FinessNumber.of("690000011" + " ".repeat(32))).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("(41 characters)");
  }
}
