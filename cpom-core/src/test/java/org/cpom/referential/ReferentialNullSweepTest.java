package org.cpom.referential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.cpom.NullSweep;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the referential package, the Esms builder included. */
class ReferentialNullSweepTest {

  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");

  static Esms ime() {
    return Esms.builder().finess(FinessNumber.of("690000011")).name("IME Les Tilleuls").category(EsmsCategory.IME)
        .gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 365))
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS)).build();
  }

  static NullSweep sweep() {
    return new NullSweep()
        .sample(FinessNumber.class, () -> FinessNumber.of("690000011"))
        .sample(DepartementCode.class, () -> DepartementCode.of("69"))
        .sample(Funder.class, Funder::assuranceMaladie)
        .sample(TariffAuthority.class, () -> ARS)
        .sample(Funding.class, () -> Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS))
        .sample(Financement.class, () -> Financement.of(Funder.assuranceMaladie(), SectionTarifaire.GLOBAL))
        .sample(Gestionnaire.class,
            () -> Gestionnaire.of(FinessNumber.of("690000003"), "Association Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT))
        .sample(CapacityLine.class, () -> CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 365))
        .sample(Esms.class, ReferentialNullSweepTest::ime)
        .sample(Esms.Builder.class, Esms::builder);
  }

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    NullSweep s = sweep();
    return Stream.concat(s.sweep(CapacityLine.class, DepartementCode.class, Esms.class, Esms.Builder.class,
        Financement.class, FinessNumber.class, Funder.class, Funding.class, Gestionnaire.class, TariffAuthority.class),
        Stream.of(s.emptyBuild("Esms", () -> Esms.builder().build())));
  }

  @Test
  void everyPublicMethodHasTheSamplesItNeeds() {
    NullSweep s = sweep();
    assertThat(nullSweep()).isNotEmpty();
    // nothing skipped for want of a sample; a new public type or parameter type needs one here
    s.sweep(Esms.class, Esms.Builder.class, Financement.class, Funder.class, TariffAuthority.class);
    assertThat(s.skipped()).isEmpty();
  }
}
