package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.MissingAttributeException;
import org.cpom.referential.EsmsCategory;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  static IndicatorDefinition own(String key) {
    return IndicatorDefinition.builder().key(key).label("Taux de sorties vers le milieu ordinaire")
        .numerator("sorties vers le milieu ordinaire").denominator("sorties définitives").unit(IndicatorUnit.RATE)
        .period(IndicatorPeriod.CALENDAR_YEAR).categories(Set.of(EsmsCategory.ESAT))
        .source(IndicatorSource.of(IndicatorStatus.LIBRARY_DEFAULT, "fiche-action 3 du contrat",
            LegalBasis.clause("annexe 2, fiche-action 3")))
        .build();
  }

  @Test
  void everyPublishedKeyIsInTheLibraryCatalogueOnce() throws Exception {
    List<String> keys = new ArrayList<>();
    for (Field f : IndicatorKeys.class.getFields()) {
      assertThat(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())).isTrue();
      keys.add((String) f.get(null));
    }
    IndicatorCatalogue library = IndicatorCatalogue.library();
    assertThat(library.definitions()).extracting(IndicatorDefinition::key).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(keys).doesNotHaveDuplicates().hasSize(33);
    // the staff keys are those the staff indicators are computed under
    for (MotifAbsence m : MotifAbsence.values()) {
      assertThat(keys).contains(m.key());
    }
    assertThat(keys).contains(IndicateursPersonnel.ROTATION, IndicateursPersonnel.AVERAGE_AGE,
        IndicateursPersonnel.AGE_PYRAMID, IndicateursPersonnel.ABSENTEEISM, IndicateursPersonnel.CDD_REMPLACEMENT,
        IndicateursPersonnel.EXTERNAL_SERVICES);
    assertThat(library.definition(IndicatorKeys.STAFF_ROTATION).orElseThrow().source().basis())
        .contains(LegalBasis.convention(Convention.STAFF_ROTATION));
  }

  @Test
  void theActivityDefinitionsStateTheirFormulaAndSource() {
    IndicatorDefinition occupancy = IndicatorCatalogue.library().definition(IndicatorKeys.OCCUPANCY_RATE).orElseThrow();
    assertThat(occupancy.unit()).isEqualTo(IndicatorUnit.RATE);
    assertThat(occupancy.denominator()).hasValueSatisfying(d -> assertThat(d).contains("jours d'ouverture"));
    assertThat(occupancy.source().status()).isEqualTo(IndicatorStatus.VERIFIED);
    assertThat(occupancy.source().basis()).contains(LegalBasis.casf("R314-43-2 II 1°"));
    IndicatorDefinition creton = IndicatorCatalogue.library().definition(IndicatorKeys.CRETON_SHARE).orElseThrow();
    assertThat(creton.source().status()).isEqualTo(IndicatorStatus.LIBRARY_DEFAULT);
    assertThat(creton.source().basis()).contains(LegalBasis.convention(Convention.CRETON_SHARE));
    assertThat(creton.period()).isEqualTo(IndicatorPeriod.AT_31_DECEMBER);
    assertThat(creton.categories()).containsExactlyInAnyOrder(EsmsCategory.IME, EsmsCategory.IEM, EsmsCategory.EEAP, EsmsCategory.SESSAD);
    assertThat(creton.appliesTo(EsmsCategory.MAS)).isFalse();
    assertThat(IndicatorCatalogue.library().applicableTo(EsmsCategory.MAS)).extracting(IndicatorDefinition::key)
        .doesNotContain(IndicatorKeys.CRETON_SHARE).contains(IndicatorKeys.OCCUPANCY_RATE, IndicatorKeys.FRNG);
    assertThat(IndicatorCatalogue.library().definition(IndicatorKeys.FILE_ACTIVE).orElseThrow().denominator()).isEmpty();
    assertThat(IndicatorCatalogue.library().definition("inconnu")).isEmpty();
  }

  @Test
  void theIntegratorAddsItsOwnIndicatorsAfterTheLibrarysAndKeysStayUnique() {
    IndicatorCatalogue mine = IndicatorCatalogue.library().with(List.of(own("contrat.sorties-milieu-ordinaire")));
    assertThat(mine.definitions()).hasSize(34);
    assertThat(mine.definitions().get(33).key()).isEqualTo("contrat.sorties-milieu-ordinaire");
    assertThat(mine).isEqualTo(IndicatorCatalogue.library().with(List.of(own("contrat.sorties-milieu-ordinaire"))))
        .hasSameHashCodeAs(IndicatorCatalogue.library().with(List.of(own("contrat.sorties-milieu-ordinaire"))))
        .isNotEqualTo(IndicatorCatalogue.library());
    assertThat(IndicatorCatalogue.library().definitions()).hasSize(33);

    assertThatThrownBy(() -> IndicatorCatalogue.library().with(List.of(own(IndicatorKeys.CRETON_SHARE))))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("catalogue.added[0].key");
          assertThat(e.getMessage()).contains("activity.creton-share", "unique");
          assertThat(e.rule()).isEqualTo(LegalBasis.convention(Convention.INDICATOR_CATALOGUE));
        });
    assertThatThrownBy(() -> IndicatorCatalogue.library().with(List.of(own("contrat.a"), own("contrat.a"))))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("catalogue.added[1].key"));
  }

  @Test
  void aBadDefinitionIsRejectedNamingItsField() {
    assertThatThrownBy(() -> own("Contrat A"))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("indicatorDefinition.key"));
    assertThatThrownBy(() -> own("a".repeat(101)))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("indicatorDefinition.key"));
    assertThat(own("a".repeat(100)).key()).hasSize(100);
    assertThatThrownBy(() -> IndicatorDefinition.builder().from(own("contrat.a")).denominator(java.util.Optional.empty()).build())
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("indicatorDefinition.denominator"));
    assertThatThrownBy(() -> IndicatorDefinition.builder().from(own("contrat.a")).categories(Set.of()).build())
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("indicatorDefinition.categories"));
    assertThatThrownBy(() -> IndicatorDefinition.builder().from(own("contrat.a")).label(" ").build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("indicatorDefinition.label"));
    assertThatThrownBy(() -> IndicatorSource.of(IndicatorStatus.VERIFIED, "\u00a0"))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("indicatorSource.reference"));
    assertThatThrownBy(() -> IndicatorDefinition.builder().key("contrat.a").build())
        .isInstanceOfSatisfying(MissingAttributeException.class,
            e -> assertThat(e.missing()).containsExactly("label", "numerator", "unit", "period", "source"));
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> IndicatorCatalogue.library().with(null)).hasMessageContaining("added");
    List<IndicatorDefinition> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> IndicatorCatalogue.library().with(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("added element");
    assertThatThrownBy(() -> IndicatorCatalogue.library().definition(null)).hasMessageContaining("key");
    assertThatThrownBy(() -> IndicatorCatalogue.library().applicableTo(null)).hasMessageContaining("category");
    assertThatThrownBy(() -> IndicatorSource.of(null, "x")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theLabelsOfStatusUnitAndPeriodAreFrenchAndEnglish() {
    assertThat(IndicatorStatus.LIBRARY_DEFAULT.label(Locale.FRENCH)).isEqualTo("définition par défaut de la bibliothèque");
    assertThat(IndicatorUnit.RATE.label(Locale.ENGLISH)).isEqualTo("rate (%)");
    assertThat(IndicatorPeriod.AT_31_DECEMBER.label(Locale.FRENCH)).isEqualTo("au 31 décembre");
  }
}
