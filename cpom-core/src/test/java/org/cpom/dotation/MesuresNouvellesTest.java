package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.B;
import static org.cpom.dotation.DgcFixtures.C;
import static org.cpom.dotation.DgcFixtures.rate;
import static org.cpom.dotation.DgcFixtures.rateDgc;
import static org.cpom.dotation.DgcFixtures.w15Bases;
import static org.cpom.dotation.DotationEngineTest.assertRejected;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/** Mesures nouvelles with an amount notified for the year, or starting in a later year of the contract. */
class MesuresNouvellesTest {
  static final LegalBasis CAMPAIGN = LegalBasis.given("instruction de campagne 2025");
  static final String RULE = "cpom:mesures-nouvelles";

  static Amount eur(long euros) {
    return Amount.ofEuros(euros);
  }

  /** Year {@code year} at a 0 % rate, the mesures given to ESMS {@code f}. */
  static DgcYear year(int year, FinessNumber f, MesureNouvelle... mn) {
    DgcYear.Builder y = DgcYear.builder().year(Year.of(year));
    for (FinessNumber e : List.of(A, B, C)) {
      EsmsYear.Builder b = rate(e, "0");
      if (e.equals(f)) {
        b.addMesuresNouvelles(mn);
      }
      y.addEsms(b.build());
    }
    return y.build();
  }

  @Test
  void b9CreditsNotifiedForPartOfTheYearWhateverTheOpeningDate() {
    // 5 SESSAD places, 95,000.00 a full year, open on 1 March 2025, the campaign notifies 6 months: 47,500.00
    MesureNouvelle mn = MesureNouvelle.builder().label("5 places SESSAD").fullYearAmount(eur(95_000))
        .startDate(LocalDate.of(2025, 3, 1)).basis(CAMPAIGN).yearAmount(eur(47_500)).build();
    EsmsDotation b = DotationEngine.compute(rateDgc(), year(2025, B, mn), w15Bases()).esms(B);
    assertThat(b.mesuresNouvelles()).isEqualTo(eur(47_500));
    assertThat(b.amount()).isEqualTo(eur(647_500));
    // the full year enters the 2026 base: 600,000 + 95,000
    assertThat(b.mesuresNouvellesFullYear()).isEqualTo(eur(95_000));
    assertThat(b.nextBase()).isEqualTo(eur(695_000));
    assertThat(b.laterMesuresNouvelles()).isEmpty();
    assertThat(b.trace().steps().get(2).label()).contains("crédits de paiement notified for 2025", "no prorata");
    assertThat(b.trace().steps().get(2).basis()).isEqualTo(CAMPAIGN);
    // without the amount, the day prorata: 1 March to 31 December 2025 is 306 days (365 - 31 - 28),
    // 95,000 x 306 / 365 = 79,643.835... -> 79,643.84
    EsmsDotation prorated = DotationEngine.compute(rateDgc(), year(2025, B, MesureNouvelle.of("5 places SESSAD", eur(95_000), LocalDate.of(2025, 3, 1), CAMPAIGN)),
        w15Bases()).esms(B);
    assertThat(prorated.mesuresNouvelles()).isEqualTo(Amount.of("79643.84"));
    assertThat(prorated.trace().steps().get(2).label()).contains("prorata 306/365 days");
    assertThat(prorated.nextBase()).isEqualTo(eur(695_000));
  }

  @Test
  void b10AMesureStartingInALaterYearIsCarriedByTheProjection() {
    // notified in 2025, 73,000.00 a full year, opening 1 September 2026 in the IME (base 1,800,000, 0 % rates)
    MesureNouvelle mn = MesureNouvelle.of("4 places IME", eur(73_000), LocalDate.of(2026, 9, 1), CAMPAIGN);
    DgcProjection p = DotationEngine.project(rateDgc(), List.of(year(2025, A, mn), year(2026, A), year(2027, A)),
        w15Bases());
    EsmsDotation y2025 = p.year(Year.of(2025)).esms(A);
    // 2025: nothing, and nothing in the 2026 base
    assertThat(y2025.mesuresNouvelles()).isEqualTo(Amount.ZERO);
    assertThat(y2025.mesuresNouvellesFullYear()).isEqualTo(Amount.ZERO);
    assertThat(y2025.amount()).isEqualTo(eur(1_800_000));
    assertThat(y2025.nextBase()).isEqualTo(eur(1_800_000));
    assertThat(y2025.laterMesuresNouvelles()).containsExactly(mn);
    assertThat(y2025.trace().steps().get(2).label()).contains("starts after 2025, nothing in 2025");
    // 2026: the prorata from 1 September: 30 + 31 + 30 + 31 = 122 days, 73,000 x 122 / 365 = 24,400.00
    EsmsDotation y2026 = p.year(Year.of(2026)).esms(A);
    assertThat(y2026.mesuresNouvelles()).isEqualTo(eur(24_400));
    assertThat(y2026.amount()).isEqualTo(eur(1_824_400));
    assertThat(y2026.trace().steps().get(2).label()).contains("122/365 days");
    assertThat(y2026.laterMesuresNouvelles()).isEmpty();
    // its full year enters the 2027 base
    assertThat(y2026.nextBase()).isEqualTo(eur(1_873_000));
    EsmsDotation y2027 = p.year(Year.of(2027)).esms(A);
    assertThat(y2027.previousBase()).isEqualTo(eur(1_873_000));
    assertThat(y2027.mesuresNouvelles()).isEqualTo(Amount.ZERO);
    assertThat(y2027.amount()).isEqualTo(eur(1_873_000));
  }

  @Test
  void aLaterMesureAndAPermanentReSplitOfTheSameYearBothReachTheBases() {
    // 2025: the IME gets 36,500.00 a year from 1 July 2026, and a DM moves 10,000.00 of the MAS to it for good
    MesureNouvelle mn = MesureNouvelle.of("2 places IME", eur(36_500), LocalDate.of(2026, 7, 1), CAMPAIGN);
    DgcYear y2025 = DgcYear.builder().from(year(2025, A, mn))
        .addDecisionsModificatives(DotationEngineTest.dm("DM 1", DmStatus.APPROVED, LocalDate.of(2025, 6, 2),
            DmTransfer.of(C, A, eur(10_000))).build())
        .build();
    DgcProjection p = DotationEngine.project(rateDgc(), List.of(y2025, year(2026, A), year(2027, A)), w15Bases());
    EsmsDotation a2025 = p.year(Year.of(2025)).esms(A);
    assertThat(a2025.amount()).isEqualTo(eur(1_800_000));
    assertThat(a2025.nextBase()).isEqualTo(eur(1_810_000));
    assertThat(p.year(Year.of(2025)).esms(C).nextBase()).isEqualTo(eur(3_090_000));
    // 2026: the re-split base, plus 1 July to 31 December = 184 days: 36,500 x 184 / 365 = 18,400.00
    EsmsDotation a2026 = p.year(Year.of(2026)).esms(A);
    assertThat(a2026.previousBase()).isEqualTo(eur(1_810_000));
    assertThat(a2026.mesuresNouvelles()).isEqualTo(eur(18_400));
    assertThat(a2026.amount()).isEqualTo(eur(1_828_400));
    assertThat(a2026.nextBase()).isEqualTo(eur(1_846_500));
    assertThat(p.year(Year.of(2027)).esms(A).amount()).isEqualTo(eur(1_846_500));
    assertThat(p.year(Year.of(2027)).esms(C).amount()).isEqualTo(eur(3_090_000));
  }

  @Test
  void aLaterMesureWithCreditsAheadOfTheOpeningOrGivenAgain() {
    // 10,000.00 notified in 2025 ahead of the 2026 opening (recruitment): paid in 2025, not in the base
    MesureNouvelle ahead = MesureNouvelle.builder().label("4 places IME").fullYearAmount(eur(73_000))
        .startDate(LocalDate.of(2026, 9, 1)).basis(CAMPAIGN).yearAmount(eur(10_000)).build();
    DgcProjection p = DotationEngine.project(rateDgc(), List.of(year(2025, A, ahead), year(2026, A)), w15Bases());
    assertThat(p.year(Year.of(2025)).esms(A).mesuresNouvelles()).isEqualTo(eur(10_000));
    assertThat(p.year(Year.of(2025)).esms(A).nextBase()).isEqualTo(eur(1_800_000));
    // carried without its 2025 amount: 2026 gets the prorata 24,400.00
    assertThat(p.year(Year.of(2025)).esms(A).laterMesuresNouvelles()).containsExactly(ahead.withoutYearAmount());
    assertThat(p.year(Year.of(2026)).esms(A).mesuresNouvelles()).isEqualTo(eur(24_400));
    // given again in 2026 with that year's crédits de paiement (20,000.00): it replaces the one carried
    MesureNouvelle again = MesureNouvelle.builder().from(ahead).yearAmount(eur(20_000)).build();
    DgcProjection q = DotationEngine.project(rateDgc(), List.of(year(2025, A, ahead), year(2026, A, again)),
        w15Bases());
    assertThat(q.year(Year.of(2026)).esms(A).mesuresNouvelles()).isEqualTo(eur(20_000));
    assertThat(q.year(Year.of(2026)).esms(A).nextBase()).isEqualTo(eur(1_873_000));
    // whole months in 2026: September to December, 4/12 of 73,000 = 24,333.333... -> 24,333.33
    DgcYear months = DgcYear.builder().from(year(2026, A)).prorata(ProrataMethod.WHOLE_MONTHS).build();
    DgcProjection m = DotationEngine.project(rateDgc(), List.of(year(2025, A, ahead), months), w15Bases());
    assertThat(m.year(Year.of(2026)).esms(A).mesuresNouvelles()).isEqualTo(Amount.of("24333.33"));
    assertThat(m.year(Year.of(2026)).esms(A).trace().steps().get(2).label()).contains("4/12 months");
  }

  @Test
  void aMesureTwoYearsAheadInALeapYear() {
    // given in 2026, opening 1 September 2028 (leap): carried through 2027, prorated 122/366 in 2028,
    // 73,000 x 122 / 366 = 24,333.333... -> 24,333.33; the 2029 base has the full year
    MesureNouvelle mn = MesureNouvelle.of("4 places IME", eur(73_000), LocalDate.of(2028, 9, 1), CAMPAIGN);
    DgcProjection p = DotationEngine.project(rateDgc(), List.of(year(2026, A, mn), year(2027, A), year(2028, A)),
        w15Bases());
    assertThat(p.year(Year.of(2027)).esms(A).mesuresNouvelles()).isEqualTo(Amount.ZERO);
    assertThat(p.year(Year.of(2027)).esms(A).laterMesuresNouvelles()).containsExactly(mn);
    assertThat(p.year(Year.of(2028)).esms(A).mesuresNouvelles()).isEqualTo(Amount.of("24333.33"));
    assertThat(p.year(Year.of(2028)).esms(A).nextBase()).isEqualTo(eur(1_873_000));
  }

  @Test
  void badMesuresAreRejected() {
    MesureNouvelle afterTheDgc = MesureNouvelle.of("x", eur(1), LocalDate.of(2029, 1, 1), CAMPAIGN);
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, A, afterTheDgc), w15Bases()),
        "dgcYear.esms[690000011].mesuresNouvelles.startDate", RULE, "after the last year 2028");
    assertRejected(() -> MesureNouvelle.builder().label("x").fullYearAmount(eur(95_000))
            .startDate(LocalDate.of(2025, 3, 1)).basis(CAMPAIGN).yearAmount(eur(95_001)).build(),
        "mesureNouvelle.yearAmount", RULE, "zero to the full-year amount");
    assertRejected(() -> MesureNouvelle.builder().label("x").fullYearAmount(eur(95_000))
            .startDate(LocalDate.of(2025, 3, 1)).basis(CAMPAIGN).yearAmount(eur(-1)).build(),
        "mesureNouvelle.yearAmount", RULE, "zero to the full-year amount");
    // the full-year amount itself is accepted as the year amount (a mesure open all year)
    assertThat(MesureNouvelle.builder().label("x").fullYearAmount(eur(95_000)).startDate(LocalDate.of(2025, 3, 1))
        .basis(CAMPAIGN).yearAmount(eur(95_000)).build().yearAmount()).contains(eur(95_000));
  }

  @Test
  void theSameMesureIsTheSameLabelAmountStartAndBasisWhateverItsYearAmount() {
    MesureNouvelle mn = MesureNouvelle.of("4 places IME", eur(73_000), LocalDate.of(2026, 9, 1), CAMPAIGN);
    MesureNouvelle withYearAmount = MesureNouvelle.builder().from(mn).yearAmount(eur(20_000)).build();
    assertThat(mn.sameMesure(withYearAmount)).isTrue();
    assertThat(mn.sameMesure(MesureNouvelle.of("5 places IME", eur(73_000), LocalDate.of(2026, 9, 1), CAMPAIGN)))
        .isFalse();
    assertThat(mn.sameMesure(MesureNouvelle.of("4 places IME", eur(73_001), LocalDate.of(2026, 9, 1), CAMPAIGN)))
        .isFalse();
    assertThat(mn.sameMesure(MesureNouvelle.of("4 places IME", eur(73_000), LocalDate.of(2026, 9, 2), CAMPAIGN)))
        .isFalse();
    assertThat(mn.sameMesure(MesureNouvelle.of("4 places IME", eur(73_000), LocalDate.of(2026, 9, 1),
        org.cpom.LegalBasis.clause("art. 9")))).isFalse();
  }

  @Test
  void everyEsmsCarriesItsLaterMesureAndALaterYearTakesNewOnes() {
    // 2025: each of the three ESMS gets 36,500.00 a year opening on 1 January 2026, all three carried:
    // 2026 pays each the whole year, 36,500 x 365 / 365
    DgcYear.Builder y2025 = DgcYear.builder().year(Year.of(2025));
    for (FinessNumber e : List.of(A, B, C)) {
      y2025.addEsms(rate(e, "0").addMesuresNouvelles(
          MesureNouvelle.of("places " + e, eur(36_500), LocalDate.of(2026, 1, 1), CAMPAIGN)).build());
    }
    DgcProjection p = DotationEngine.project(rateDgc(), List.of(y2025.build(), year(2026, A)), w15Bases());
    for (FinessNumber e : List.of(A, B, C)) {
      assertThat(p.year(Year.of(2026)).esms(e).mesuresNouvelles()).isEqualTo(eur(36_500));
    }
    // nothing carried to the SESSAD, a mesure of its own in 2026: 1 July to 31 December is 184 days,
    // 18,250 x 184 / 365 = 9,200.00
    DgcProjection q = DotationEngine.project(rateDgc(), List.of(year(2025, A),
        year(2026, B, MesureNouvelle.of("2 places SESSAD", eur(18_250), LocalDate.of(2026, 7, 1), CAMPAIGN))), w15Bases());
    assertThat(q.year(Year.of(2026)).esms(B).mesuresNouvelles()).isEqualTo(eur(9_200));
  }
}
