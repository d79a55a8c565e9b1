package org.cpom.referential;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A sample of the referential's public methods: null is rejected with an NPE naming the parameter. */
class ReferentialNullArgumentsTest {
  private static final Esms IME = ReferentialTest.ime().build();

  static Stream<Arguments> calls() {
    return Stream.of(
        call("FinessNumber.of", () -> FinessNumber.of(null), "text"),
        call("FinessNumber.parse", () -> FinessNumber.of(null), "text"),
        call("FinessNumber.compareTo", () -> FinessNumber.of("690000011").compareTo(null), "other"),
        call("DepartementCode.of", () -> DepartementCode.of(null), "code"),
        call("DepartementCode.compareTo", () -> DepartementCode.of("69").compareTo(null), "other"),
        call("Funder.departement(DepartementCode)", () -> Funder.departement((DepartementCode) null), "code"),
        call("Funder.departement(String)", () -> Funder.departement((String) null), "code"),
        call("TariffAuthority.ars", () -> TariffAuthority.ars(null), "region"),
        call("TariffAuthority.departement(DepartementCode)", () -> TariffAuthority.departement((DepartementCode) null), "code"),
        call("TariffAuthority.departement(String)", () -> TariffAuthority.departement((String) null), "code"),
        call("Funding.of", () -> Funding.of(SectionTarifaire.GLOBAL, null, ReferentialTest.ARS), "funder"),
        call("CapacityLine.of", () -> CapacityLine.of(null, 1, 1, 1), "mode"),
        call("Gestionnaire.of", () -> Gestionnaire.of(FinessNumber.of("690000003"), null, LegalStatus.PUBLIC), "name"),
        call("Esms.fundingsBy", () -> IME.fundingsBy(null), "funder"),
        call("Esms.capacity(CapacityMode)", () -> IME.capacity((CapacityMode) null), "mode"),
        call("Esms.Builder.finess", () -> Esms.builder().finess(null), "finess"),
        call("Financement.of funder", () -> Financement.of(null, SectionTarifaire.GLOBAL), "funder"),
        call("Financement.of section", () -> Financement.of(Funder.etat(), null), "section"),
        call("Financement.matches", () -> Financement.of(Funder.etat(), SectionTarifaire.GLOBAL).matches(null), "line"),
        call("Financement.lineOf", () -> Financement.of(Funder.etat(), SectionTarifaire.GLOBAL).lineOf(null), "esms"));
  }

  private static Arguments call(String name, ThrowingCallable call, String parameter) {
    return Arguments.of(Named.of(name, call), parameter);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void rejectsNullNamingTheParameter(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
  }
}
