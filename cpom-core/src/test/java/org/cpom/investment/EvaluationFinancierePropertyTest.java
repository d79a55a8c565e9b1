package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cpom.contract.Cpom;
import org.cpom.contract.FicheAction;
import org.cpom.contract.FundingWay;
import org.cpom.contract.Means;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * Seeded property: on random contracts (one to six years, up to four fiches-actions of up to six lines of means
 * of every funding way and year), every line of the evaluation equals the sum of the means it counts, worked out
 * again here from the means, every contract line is the sum of the fiches-actions' lines, every cumulated cost is
 * the sum of the extra costs so far, and the PGFP over the contract's exercices takes exactly the contract's cost
 * into both the produits de la tarification and the charges décaissables.
 */
class EvaluationFinancierePropertyTest {
  private static final int CASES = 10_000;
  private static final FundingWay[] WAYS = FundingWay.values();

  @Test
  void totalsAreTheSumsOfTheirLines() {
    SplittableRandom random = new SplittableRandom(20261203L);
    int withCost = 0;
    for (int c = 0; c < CASES; c++) {
      int duration = 1 + random.nextInt(5);
      boolean extended = random.nextInt(3) == 0;
      int years = duration + (extended ? 1 : 0);
      List<FicheAction> fiches = new ArrayList<>();
      int count = random.nextInt(5);
      for (int f = 0; f < count; f++) {
        FicheAction.Builder b = EvaluationFinanciereTest.fiche("FA" + f);
        int lines = random.nextInt(7);
        for (int m = 0; m < lines; m++) {
          // up to 10^11 cents: 6 years × 6 lines × 4 fiches stay far inside a long
          long cents = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextLong(100_000_000_000L);
          b.addMeans(Means.of("line " + m, Amount.ofCents(cents), WAYS[random.nextInt(WAYS.length)],
              1 + random.nextInt(years)));
        }
        fiches.add(b.build());
      }
      Cpom.Builder cb = EvaluationFinanciereTest.contract(fiches.toArray(new FicheAction[0]))
          .startDate(LocalDate.of(2025, 1 + random.nextInt(12), 1)).durationYears(duration);
      if (extended) {
        cb.extension(Period.ofMonths(1 + random.nextInt(12)));
      }
      Cpom cpom = cb.build();
      EvaluationFinanciere e = InvestmentEngine.evaluation(cpom);
      String at = "case " + c;
      assertThat(e.annees()).as(at).hasSize(years);
      assertThat(e.fichesActions()).as(at).hasSize(count);
      for (int y = 1; y <= years; y++) {
        long mn = 0;
        long cnr = 0;
        long red = 0;
        long base = 0;
        for (FicheAction f : cpom.fichesActions()) {
          long[] own = oracle(f, y);
          EvaluationLigne l = e.ficheAction(f.id()).get(y - 1);
          assertThat(l.ficheAction()).as(at).isEqualTo(Optional.of(f.id()));
          assertThat(l.mesuresNouvelles().cents()).as(at).isEqualTo(own[0]);
          assertThat(l.cnr().cents()).as(at).isEqualTo(own[1]);
          assertThat(l.redeploiements().cents()).as(at).isEqualTo(own[2]);
          assertThat(l.dansLaBase().cents()).as(at).isEqualTo(own[3]);
          mn += own[0];
          cnr += own[1];
          red += own[2];
          base += own[3];
        }
        EvaluationLigne t = e.annee(y);
        assertThat(t.contractYear()).as(at).isEqualTo(cpom.contractYear(y));
        assertThat(t.mesuresNouvelles().cents()).as(at).isEqualTo(mn);
        assertThat(t.cnr().cents()).as(at).isEqualTo(cnr);
        assertThat(t.redeploiements().cents()).as(at).isEqualTo(red);
        assertThat(t.dansLaBase().cents()).as(at).isEqualTo(base);
        assertThat(t.coutSupplementaire().cents()).as(at).isEqualTo(mn + cnr);
        long before = y == 1 ? 0 : e.annee(y - 1).coutCumule().cents();
        assertThat(t.coutCumule().cents()).as(at).isEqualTo(before + mn + cnr);
      }
      long fichesTotal = 0;
      for (String id : e.fichesActions()) {
        fichesTotal += e.coutTotal(id).cents();
      }
      assertThat(e.coutTotal().cents()).as(at).isEqualTo(fichesTotal);
      withCost += e.coutTotal().isZero() ? 0 : 1;

      // the PGFP over the contract's exercices takes the whole cost, in produits and charges alike
      List<PgfpYear> plan = new ArrayList<>();
      int first = cpom.startDate().getYear();
      for (int y = first; y < first + years; y++) {
        plan.add(PgfpTest.year(y).build());
      }
      List<PgfpYear> with = InvestmentEngine.withEvaluation(plan, e);
      long produits = 0;
      for (int i = 0; i < plan.size(); i++) {
        long addP = with.get(i).produitsDeLaTarification().minus(plan.get(i).produitsDeLaTarification()).cents();
        long addC = with.get(i).chargesDecaissables().minus(plan.get(i).chargesDecaissables()).cents();
        assertThat(addC).as(at).isEqualTo(addP);
        assertThat(addP).as(at).isEqualTo(e.annee(i + 1).coutSupplementaire().cents());
        assertThat(with.get(i).year()).as(at).isEqualTo(Year.of(first + i));
        produits += addP;
      }
      assertThat(produits).as(at).isEqualTo(e.coutTotal().cents());
    }
    // the generator is not degenerate: most contracts cost something
    assertThat(withCost).isGreaterThan(CASES / 2);
  }

  /** The four columns of a fiche-action's year, from its means: [mesures nouvelles, CNR, redeployed, in base]. */
  private static long[] oracle(FicheAction f, int year) {
    long[] out = new long[4];
    for (Means m : f.means()) {
      boolean counts = m.fundingWay() == FundingWay.CNR ? m.contractYear() == year : m.contractYear() <= year;
      if (counts) {
        out[m.fundingWay() == FundingWay.MESURE_NOUVELLE ? 0 : m.fundingWay() == FundingWay.CNR ? 1
            : m.fundingWay() == FundingWay.REDEPLOYMENT ? 2 : 3] += m.cost().cents();
      }
    }
    return out;
  }
}
