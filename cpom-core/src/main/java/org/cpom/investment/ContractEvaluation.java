package org.cpom.investment;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.contract.ContractYear;
import org.cpom.contract.Cpom;
import org.cpom.contract.FicheAction;
import org.cpom.contract.FundingWay;
import org.cpom.contract.Means;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/** The computations behind {@link InvestmentEngine#evaluation} and {@link InvestmentEngine#withEvaluation}. */
final class ContractEvaluation {
  // the columns of a year: the four funding ways
  private static final int MN = 0;
  private static final int CNR = 1;
  private static final int REDEPLOYMENT = 2;
  private static final int WITHIN_BASE = 3;

  private ContractEvaluation() {}

  static EvaluationFinanciere evaluate(Cpom cpom) {
    Objects.requireNonNull(cpom, "cpom");
    List<ContractYear> years = cpom.contractYears();
    int n = years.size();
    long[][] total = new long[n][4];
    Map<String, List<EvaluationLigne>> parFiche = new LinkedHashMap<>();
    for (FicheAction f : cpom.fichesActions()) {
      String at = "cpom.fichesActions[" + f.id() + "].means";
      long[][] own = new long[n][4];
      for (Means m : f.means()) {
        // the contract checked 1 <= contractYear <= n; a CNR is of its year only, the other ways stay in the base
        int from = m.contractYear() - 1;
        int to = m.fundingWay() == FundingWay.CNR ? from : n - 1;
        int column = switch (m.fundingWay()) {
          case MESURE_NOUVELLE -> MN;
          case CNR -> CNR;
          case REDEPLOYMENT -> REDEPLOYMENT;
          case WITHIN_BASE -> WITHIN_BASE;
        };
        for (int y = from; y <= to; y++) {
          own[y][column] = Checks.addExact(own[y][column], m.cost().cents(), at);
        }
      }
      parFiche.put(f.id(), lines(Optional.of(f.id()), years, own, at));
      for (int y = 0; y < n; y++) {
        for (int c = 0; c < 4; c++) {
          total[y][c] = Checks.addExact(total[y][c], own[y][c], "cpom.fichesActions");
        }
      }
    }
    return new EvaluationFinanciere(cpom.id(), parFiche, lines(Optional.empty(), years, total, "cpom.fichesActions"));
  }

  /** The lines of the years, with the extra cost (mesures nouvelles + CNR) cumulated from the first year. */
  private static List<EvaluationLigne> lines(Optional<String> fiche, List<ContractYear> years, long[][] cents,
      String field) {
    List<EvaluationLigne> out = new ArrayList<>(years.size());
    long cumulated = 0;
    for (int y = 0; y < years.size(); y++) {
      long extra = Checks.addExact(cents[y][MN], cents[y][CNR], field);
      cumulated = Checks.addExact(cumulated, extra, field);
      out.add(new EvaluationLigne(fiche, years.get(y), Amount.ofCents(cents[y][MN]), Amount.ofCents(cents[y][CNR]),
          Amount.ofCents(cents[y][REDEPLOYMENT]), Amount.ofCents(cents[y][WITHIN_BASE]), Amount.ofCents(cumulated)));
    }
    return out;
  }

  static List<PgfpYear> intoPgfp(List<PgfpYear> years, EvaluationFinanciere evaluation) {
    Checks.noNulls(Objects.requireNonNull(years, "years"), "years");
    Objects.requireNonNull(evaluation, "evaluation");
    Map<Year, Amount> extra = new LinkedHashMap<>();
    evaluation.annees().forEach(l -> extra.put(l.exercice(), l.coutSupplementaire()));
    List<PgfpYear> out = new ArrayList<>(years.size());
    for (int i = 0; i < years.size(); i++) {
      PgfpYear y = years.get(i);
      Amount add = extra.get(y.year());
      if (add == null || add.isZero()) {
        out.add(y);
        continue;
      }
      String at = "years[" + i + "].";
      out.add(PgfpYear.builder().from(y)
          .produitsDeLaTarification(Amount.ofCents(
              Checks.addExact(y.produitsDeLaTarification().cents(), add.cents(), at + "produitsDeLaTarification")))
          .chargesDecaissables(Amount.ofCents(
              Checks.addExact(y.chargesDecaissables().cents(), add.cents(), at + "chargesDecaissables")))
          .build());
    }
    return List.copyOf(out);
  }
}
