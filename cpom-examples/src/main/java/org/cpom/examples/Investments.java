package org.cpom.examples;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpom.accounts.CompteNum;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DgcProjection;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DotationEngine;
import org.cpom.investment.Composant;
import org.cpom.investment.Emprunt;
import org.cpom.investment.Immobilisation;
import org.cpom.investment.InvestmentEngine;
import org.cpom.investment.LoanType;
import org.cpom.investment.OperationInvestissement;
import org.cpom.investment.Periodicity;
import org.cpom.investment.PgfpYear;
import org.cpom.investment.Ppi;
import org.cpom.investment.ProrataConvention;
import org.cpom.investment.Surcouts;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * The association's plan pluriannuel d'investissement and its PGFP 2025-2030, as filed with the EPRD 2025 (CASF
 * R314-213 I 6°): the extension of the IME Les Tilleuls (a building and its equipment, ordered in February 2027, in
 * service on 1 July 2028), funded by an ARS investment subsidy, a bank loan and the fonds de roulement (R314-20).
 *
 * <p>The tariff line of each year is the DGC: 2025 and 2026 as computed in the story, 2027 to 2029 projected from
 * the 2026 bases at a campaign rate of 1 % the association assumes ({@code DotationEngine.project}), 2030, beyond
 * the contract, carried flat; the Département's tariffs, the other produits and the charges come from its budget.
 */
final class Investments {
  private Investments() {}

  static final Year FIRST = Year.of(2025);
  /** The campaign rate the association assumes for the years of the contract it does not know yet. */
  static final Rate ASSUMED_RATE = Rate.ofPercent("1.00");

  /** The IME extension: the W17 operation, ordered on 1 February 2027 and put into service on 1 July 2028. */
  static OperationInvestissement imeExtension() {
    Immobilisation asset = Immobilisation.of("Extension IME Les Tilleuls", LocalDate.of(2028, 7, 1), List.of(
        Composant.of("bâtiment", CompteNum.of("2131"), eur("1200000.00"), 30),
        Composant.of("équipement", CompteNum.of("2154"), eur("100000.00"), 10)));
    return OperationInvestissement.of("Extension IME", LocalDate.of(2027, 2, 1), asset)
        .withProrata(ProrataConvention.MONTHS)
        .withSpending(Map.of(Year.of(2027), eur("500000.00"), Year.of(2028), eur("800000.00")))
        .withSubvention(eur("300000.00"), Year.of(2028), "bâtiment")
        .withEmprunt(Emprunt.of(eur("900000.00"), Rate.ofPercent("3"), 20, Periodicity.YEARLY,
            LoanType.CONSTANT_ANNUITY, LocalDate.of(2028, 1, 1)));
  }

  static Ppi ppi() {
    return Ppi.of(imeExtension());
  }

  /** The DGC of each year 2025-2030: two computed, three projected at the assumed rate, the last carried flat. */
  static List<Amount> dgcByYear(ResolvedDgc dgc, DgcDotation dotation2025, DgcDotation dotation2026) {
    List<DgcYear> years = new ArrayList<>();
    for (int y = 2027; y <= 2029; y++) {
      years.add(DgcYear.atCampaignRate(Year.of(y), dgc, ASSUMED_RATE));
    }
    DgcProjection projection = DotationEngine.project(dgc, years, dotation2026.nextBases());
    List<Amount> out = new ArrayList<>(List.of(dotation2025.total(), dotation2026.total()));
    projection.years().forEach(d -> out.add(d.total()));
    out.add(out.get(out.size() - 1));
    return out;
  }

  // the budget's lines, 2025 to 2030
  private static final long[] DEPARTEMENT = {2_350_000, 2_373_500, 2_397_200, 2_421_200, 2_445_400, 2_469_900};
  private static final long[] CHARGES = {7_650_000, 7_780_000, 7_900_000, 7_990_000, 8_080_000, 8_150_000};

  /** The PGFP's years without the PPI: the tariff from the DGC and the Département, the rest from the budget. */
  static List<PgfpYear> years(List<Amount> dgc) {
    List<PgfpYear> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(PgfpYear.builder().year(FIRST.plusYears(i))
          .produitsDeLaTarification(dgc.get(i).plus(Amount.ofEuros(DEPARTEMENT[i])))
          .autresProduits(eur("160000.00"))
          .chargesDecaissables(Amount.ofEuros(CHARGES[i]))
          .dotations(eur("320000.00"))
          .acquisitions(eur("150000.00"))
          .remboursementsCapital(eur("125000.00"))
          .bfr(eur("-270000.00"))
          .build());
    }
    return out;
  }

  /** The scenario the association asks for: the ARS funds each year's surcoût of the extension in the DGC. */
  static List<PgfpYear> surcoutsFunded(List<PgfpYear> withPpi, Surcouts surcouts) {
    List<PgfpYear> out = new ArrayList<>();
    for (PgfpYear y : withPpi) {
      Amount s = surcouts.in(y.year()).total();
      out.add(PgfpYear.builder().from(y).produitsDeLaTarification(y.produitsDeLaTarification().plus(s)).build());
    }
    return out;
  }

  static Surcouts surcouts() {
    return InvestmentEngine.surcouts(ppi());
  }

  static Amount eur(String text) {
    return Amount.of(text);
  }
}
