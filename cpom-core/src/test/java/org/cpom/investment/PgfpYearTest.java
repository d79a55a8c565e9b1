package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Year;
import java.util.List;
import java.util.function.BiFunction;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** One year of a PGFP: its defaults and the rejection of every negative line, named. */
class PgfpYearTest {
  private static PgfpYear.Builder minimal() {
    return PgfpYear.builder().year(Year.of(2025)).produitsDeLaTarification(Amount.of("100.00"))
        .chargesDecaissables(Amount.of("90.00")).bfr(Amount.of("-5.00"));
  }

  @Test
  void theOptionalLinesAreZeroByDefaultAndTheBfrIsSigned() {
    PgfpYear y = minimal().build();
    assertThat(List.of(y.autresProduits(), y.dotations(), y.reprises(), y.repriseSubventions(), y.acquisitions(),
        y.subventions(), y.cessions(), y.emprunts(), y.remboursementsCapital())).containsOnly(Amount.ZERO);
    assertThat(y.bfr()).isEqualTo(Amount.of("-5.00"));
    assertThat(y.toString()).isEqualTo("PgfpYear[2025]");
    // zero is allowed on every line
    assertThat(minimal().produitsDeLaTarification(Amount.ZERO).chargesDecaissables(Amount.ZERO).build()
        .produitsDeLaTarification()).isEqualTo(Amount.ZERO);
  }

  private record Line(String name, BiFunction<PgfpYear.Builder, Amount, PgfpYear.Builder> set) {}

  @Test
  void everyNegativeLineIsRejectedNamingIt() {
    Amount minus = Amount.of("-0.01");
    List<Line> lines = List.of(
        new Line("produitsDeLaTarification", PgfpYear.Builder::produitsDeLaTarification),
        new Line("autresProduits", PgfpYear.Builder::autresProduits),
        new Line("chargesDecaissables", PgfpYear.Builder::chargesDecaissables),
        new Line("dotations", PgfpYear.Builder::dotations),
        new Line("reprises", PgfpYear.Builder::reprises),
        new Line("repriseSubventions", PgfpYear.Builder::repriseSubventions),
        new Line("acquisitions", PgfpYear.Builder::acquisitions),
        new Line("subventions", PgfpYear.Builder::subventions),
        new Line("cessions", PgfpYear.Builder::cessions),
        new Line("emprunts", PgfpYear.Builder::emprunts),
        new Line("remboursementsCapital", PgfpYear.Builder::remboursementsCapital));
    for (Line l : lines) {
      CpomValidationException e = catchThrowableOfType(() -> l.set().apply(minimal(), minus).build(),
          CpomValidationException.class);
      assertThat(e).as(l.name()).isNotNull();
      assertThat(e.field()).isEqualTo("pgfp[2025]." + l.name());
      assertThat(e.value()).isEqualTo(minus.toString());
      assertThat(e.rule()).isEqualTo(Articles.PGFP);
    }
  }
}
