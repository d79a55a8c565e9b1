package org.cpom.dotation;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.TariffMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;

/** The IME, SESSAD and MAS of the campaign-rate example, and their ARS DGC. */
final class DgcFixtures {
  private DgcFixtures() {}

  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final FinessNumber GEST = FinessNumber.of("690000003");
  static final FinessNumber A = FinessNumber.of("690000011");
  static final FinessNumber B = FinessNumber.of("690000029");
  static final FinessNumber C = FinessNumber.of("690000037");

  static Esms esms(FinessNumber f, EsmsCategory cat, CapacityLine line) {
    return Esms.builder().finess(f).name(cat + " " + f).category(cat).gestionnaire(GEST).addCapacity(line)
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS)).build();
  }

  static final Esms IME = esms(A, EsmsCategory.IME, CapacityLine.of(CapacityMode.INTERNAT, 60, 60, 210));
  static final Esms SESSAD = esms(B, EsmsCategory.SESSAD, CapacityLine.of(CapacityMode.PLACES_DE_SERVICE, 35, 35, 220));
  static final Esms MAS = esms(C, EsmsCategory.MAS, CapacityLine.of(CapacityMode.INTERNAT, 48, 48, 365));

  static ResolvedDgc dgc(TariffMode a, TariffMode b, TariffMode c) {
    return ResolvedDgc.builder()
        .name("DGC ARS")
        .contractReference("CPOM-2024-001")
        .basis(CpomBasis.L313_12_2)
        .firstYear(Year.of(2024))
        .lastYear(Year.of(2028))
        .gestionnaire(GEST)
        .authority(ARS)
        .funder(Funder.assuranceMaladie())
        .addMembers(DgcMember.of(IME, a), DgcMember.of(SESSAD, b), DgcMember.of(MAS, c))
        .build();
  }

  static ResolvedDgc rateDgc() {
    return dgc(TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE);
  }

  static Map<FinessNumber, Amount> bases(long a, long b, long c) {
    Map<FinessNumber, Amount> m = new LinkedHashMap<>();
    m.put(A, Amount.ofEuros(a));
    m.put(B, Amount.ofEuros(b));
    m.put(C, Amount.ofEuros(c));
    return m;
  }

  static Map<FinessNumber, Amount> w15Bases() {
    return bases(1_800_000, 600_000, 3_100_000);
  }

  static EsmsYear.Builder rate(FinessNumber f, String percent) {
    return EsmsYear.builder().esms(f).actualisation(Actualisation.campaignRate(Rate.ofPercent(percent)));
  }

  /** Every ESMS at the same campaign rate. */
  static DgcYear.Builder year(int year, String percent) {
    return DgcYear.builder().year(Year.of(year)).addEsms(rate(A, percent).build(), rate(B, percent).build(),
        rate(C, percent).build());
  }
}
