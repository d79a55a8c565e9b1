package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.cpom.CpomValidationException;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.SectionTarifaire;
import org.junit.jupiter.api.Test;

/** A line of the financial clause names its groupe fonctionnel or section by their labels, in French or English. */
class TariffModeClauseLabelTest {

  @Test
  void aGroupLineReadsItsGroupsLabel() {
    TariffModeClause l = TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.CONTRACT_FORMULA);
    assertThat(l.target(Locale.FRENCH)).isEqualTo("groupe II, dépenses afférentes au personnel");
    assertThat(l.target(Locale.ENGLISH)).isEqualTo("groupe II, staff expenses");
    assertThat(l.target()).isEqualTo("CHARGES_II_PERSONNEL");
  }

  @Test
  void aSectionLineReadsItsSectionsLabel() {
    TariffModeClause l = TariffModeClause.of(SectionTarifaire.SOINS, TariffMode.EQUATION);
    assertThat(l.target(Locale.FRENCH)).isEqualTo("section soins");
    assertThat(l.target(Locale.ENGLISH)).isEqualTo("section care (soins)");
    assertThatThrownBy(() -> l.target(Locale.GERMAN)).isInstanceOf(CpomValidationException.class);
  }
}
