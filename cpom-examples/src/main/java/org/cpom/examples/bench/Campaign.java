package org.cpom.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.TariffMode;
import org.cpom.dotation.Actualisation;
import org.cpom.dotation.Cnr;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DotationEngine;
import org.cpom.dotation.EsmsYear;
import org.cpom.dotation.MesureNouvelle;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.LegalBasis;

/**
 * A seeded, deterministic regional tariff campaign for the benchmark: by default 500 gestionnaires of the
 * Auvergne-Rhône-Alpes region with 3,000 ESMS in all (2 to 10 each), one DGC of the assurance maladie per
 * gestionnaire, campaign year 2025.
 *
 * <p>Each ESMS has a base reconductible 2024 between 150,000.00 and 6,000,000.00 EUR (with cents), updated
 * at the campaign rate of 1.20 % (R314-40 1°); about one in ten has a mesure nouvelle starting during 2025
 * and about one in eight a CNR. About one DGC in ten is fixed by its arrêté in whole euros (the computed
 * total rounded down), so its provisional split spreads a total other than the sum of its ESMS amounts. About seven arrêtés in ten
 * are notified on time (1 to 19 December 2024), the others late (half on 10 April 2025, half between 1 March
 * and 30 June 2025), so the first payments are advances on the 2024 amounts. The amounts paid in 2024 are
 * taken equal to the bases (no CNR in 2024).
 *
 * <p>The campaign is described once in plain values ({@link #dgcs()}), and also given as cpom inputs
 * ({@link #cpomInputs()}), built here so that the benchmark measures the computation, not the building of
 * its inputs. This class is immutable and thread-safe.
 */
public final class Campaign {
  /** The campaign year. */
  public static final Year YEAR = Year.of(2025);

  /** The campaign rate of the limitative envelopes, in percent. */
  public static final BigDecimal RATE_PERCENT = new BigDecimal("1.20");

  /** The region's ARS, tariff authority of every DGC. */
  public static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");

  /** The départements of the region, where the gestionnaires are. */
  static final List<String> DEPARTEMENTS = List.of("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74");

  private static final List<EsmsCategory> CATEGORIES = List.of(EsmsCategory.IME, EsmsCategory.IEM, EsmsCategory.EEAP,
      EsmsCategory.SESSAD, EsmsCategory.CMPP, EsmsCategory.MAS, EsmsCategory.FAM, EsmsCategory.SAMSAH);
  private static final LegalBasis INSTRUCTION = LegalBasis.given("instruction budgétaire de campagne 2025");
  private static final long MIN_BASE_CENTS = 150_000_00L;
  private static final long MAX_BASE_CENTS = 6_000_000_00L;

  /** A mesure nouvelle: its full-year amount and start date. */
  public static final class MesureInput {
    final BigDecimal fullYear;
    final LocalDate start;

    MesureInput(BigDecimal fullYear, LocalDate start) {
      this.fullYear = fullYear;
      this.start = start;
    }
  }

  /** One ESMS of a DGC, in plain values. */
  public static final class EsmsInput {
    final String finess;
    final BigDecimal base;
    final List<MesureInput> mesures;
    final List<BigDecimal> cnr;

    EsmsInput(String finess, BigDecimal base, List<MesureInput> mesures, List<BigDecimal> cnr) {
      this.finess = finess;
      this.base = base;
      this.mesures = mesures;
      this.cnr = cnr;
    }
  }

  /** One gestionnaire's DGC, in plain values. */
  public static final class DgcInput {
    final String gestionnaire;
    final List<EsmsInput> esms;
    final LocalDate notified;
    final Optional<BigDecimal> notifiedTotal;

    DgcInput(String gestionnaire, List<EsmsInput> esms, LocalDate notified, Optional<BigDecimal> notifiedTotal) {
      this.gestionnaire = gestionnaire;
      this.esms = esms;
      this.notified = notified;
      this.notifiedTotal = notifiedTotal;
    }
  }

  /** One DGC as cpom takes it: the definition, the 2024 bases (also the 2024 shares paid), the year and the notification. */
  public static final class CpomDgc {
    final ResolvedDgc definition;
    final Map<FinessNumber, Amount> previousBases;
    final DgcYear year;
    final LocalDate notified;

    CpomDgc(ResolvedDgc definition, Map<FinessNumber, Amount> previousBases, DgcYear year, LocalDate notified) {
      this.definition = definition;
      this.previousBases = previousBases;
      this.year = year;
      this.notified = notified;
    }
  }

  private final List<DgcInput> dgcs;
  private final List<CpomDgc> cpom;

  private Campaign(List<DgcInput> dgcs, List<CpomDgc> cpom) {
    this.dgcs = dgcs;
    this.cpom = cpom;
  }

  /**
   * The benchmark's campaign: 500 gestionnaires, 3,000 ESMS.
   *
   * @param seed the seed; the same seed gives the same campaign
   * @return the campaign
   */
  public static Campaign generate(long seed) {
    return generate(seed, 500, 3_000);
  }

  /**
   * A campaign of any size.
   *
   * @param seed the seed; the same seed gives the same campaign
   * @param gestionnaires the number of gestionnaires (one DGC each)
   * @param esms the number of ESMS in all, 2 to 10 per gestionnaire
   * @return the campaign
   * @throws IllegalArgumentException if the ESMS cannot be spread 2 to 10 per gestionnaire
   */
  public static Campaign generate(long seed, int gestionnaires, int esms) {
    if (gestionnaires < 1 || esms < 2L * gestionnaires || esms > 10L * gestionnaires) {
      throw new IllegalArgumentException("cannot spread " + esms + " ESMS 2 to 10 per gestionnaire over " + gestionnaires);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] sizes = sizes(random, gestionnaires, esms);
    List<DgcInput> dgcs = new ArrayList<>(gestionnaires);
    int sequence = 0;
    for (int g = 0; g < gestionnaires; g++) {
      String dep = DEPARTEMENTS.get(random.nextInt(DEPARTEMENTS.size()));
      String gestionnaire = finess(dep, ++sequence);
      List<EsmsInput> members = new ArrayList<>(sizes[g]);
      for (int e = 0; e < sizes[g]; e++) {
        BigDecimal base = BigDecimal.valueOf(random.nextLong(MIN_BASE_CENTS, MAX_BASE_CENTS + 1), 2);
        List<MesureInput> mesures = new ArrayList<>(1);
        if (random.nextInt(10) == 0) {
          LocalDate start = YEAR.atDay(1 + random.nextInt(YEAR.length()));
          mesures.add(new MesureInput(BigDecimal.valueOf(random.nextLong(10_000_00L, 400_000_01L), 2), start));
        }
        List<BigDecimal> cnr = new ArrayList<>(1);
        if (random.nextInt(8) == 0) {
          cnr.add(BigDecimal.valueOf(random.nextLong(1_000_00L, 120_000_01L), 2));
        }
        members.add(new EsmsInput(finess(dep, ++sequence), base, List.copyOf(mesures), List.copyOf(cnr)));
      }
      LocalDate notified;
      int late = random.nextInt(10);
      if (late < 7) {
        notified = LocalDate.of(2024, 12, 1 + random.nextInt(19));
      } else if (late < 9 && random.nextBoolean()) {
        notified = LocalDate.of(2025, 4, 10);
      } else {
        notified = LocalDate.of(2025, 3, 1).plusDays(random.nextInt(122));
      }
      // Some arrêtés fix the DGC in whole euros: the computed total rounded down to the euro, found below.
      boolean wholeEuros = random.nextInt(10) == 0;
      DgcInput plain = new DgcInput(gestionnaire, List.copyOf(members), notified, Optional.empty());
      if (wholeEuros) {
        CpomDgc c = toCpom(plain);
        long cents = DotationEngine.compute(c.definition, c.year, c.previousBases).computedTotal().cents();
        plain = new DgcInput(gestionnaire, plain.esms, notified, Optional.of(BigDecimal.valueOf(cents / 100)));
      }
      dgcs.add(plain);
    }
    List<CpomDgc> cpom = new ArrayList<>(gestionnaires);
    for (DgcInput d : dgcs) {
      cpom.add(toCpom(d));
    }
    return new Campaign(Collections.unmodifiableList(dgcs), Collections.unmodifiableList(cpom));
  }

  /** Sizes 2 to 10 drawn uniformly, then nudged one by one until they sum to the total. */
  private static int[] sizes(SplittableRandom random, int gestionnaires, int esms) {
    int[] sizes = new int[gestionnaires];
    int sum = 0;
    for (int g = 0; g < gestionnaires; g++) {
      sizes[g] = 2 + random.nextInt(9);
      sum += sizes[g];
    }
    while (sum != esms) {
      int g = random.nextInt(gestionnaires);
      if (sum < esms && sizes[g] < 10) {
        sizes[g]++;
        sum++;
      } else if (sum > esms && sizes[g] > 2) {
        sizes[g]--;
        sum--;
      }
    }
    return sizes;
  }

  /** A FINESS number: the département, then seven digits from a running number unique in the campaign. */
  private static String finess(String departement, int sequence) {
    return departement + String.format(java.util.Locale.ROOT, "%07d", 1_000_000 + sequence);
  }

  private static CpomDgc toCpom(DgcInput d) {
    Map<FinessNumber, Amount> bases = new LinkedHashMap<>();
    for (EsmsInput e : d.esms) {
      bases.put(FinessNumber.of(e.finess), Amount.of(e.base));
    }
    return new CpomDgc(definition(d, Year.of(2024), Year.of(2028)), Collections.unmodifiableMap(bases),
        year(d, YEAR, true), d.notified);
  }

  /** The DGC's definition under a contract of the given years. */
  static ResolvedDgc definition(DgcInput d, Year firstYear, Year lastYear) {
    FinessNumber gestionnaire = FinessNumber.of(d.gestionnaire);
    Funding funding = Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS);
    ResolvedDgc.Builder definition = ResolvedDgc.builder()
        .name("DGC ARS " + d.gestionnaire)
        .contractReference("CPOM ARA " + d.gestionnaire)
        .basis(CpomBasis.L313_12_2)
        .firstYear(firstYear)
        .lastYear(lastYear)
        .gestionnaire(gestionnaire)
        .authority(ARS)
        .funder(Funder.assuranceMaladie());
    int i = 0;
    for (EsmsInput e : d.esms) {
      FinessNumber f = FinessNumber.of(e.finess);
      EsmsCategory category = CATEGORIES.get(i++ % CATEGORIES.size());
      Esms esms = Esms.builder()
          .finess(f)
          .name(category + " " + e.finess)
          .category(category)
          .gestionnaire(gestionnaire)
          .addFundings(funding)
          .build();
      definition.addMembers(DgcMember.of(esms, TariffMode.CAMPAIGN_RATE));
    }
    return definition.build();
  }

  /**
   * The DGC's year: the campaign rate, and the campaign year's mesures nouvelles (their start moved into the
   * year) and CNR; the arrêté's total only when asked (it was fixed for the campaign year).
   */
  static DgcYear year(DgcInput d, Year year, boolean withNotifiedTotal) {
    Actualisation rate = Actualisation.campaignRate(Rate.ofPercent(RATE_PERCENT));
    long shift = year.getValue() - YEAR.getValue();
    DgcYear.Builder builder = DgcYear.builder().year(year);
    for (EsmsInput e : d.esms) {
      EsmsYear.Builder esmsYear = EsmsYear.builder().esms(FinessNumber.of(e.finess)).actualisation(rate);
      for (MesureInput m : e.mesures) {
        esmsYear.addMesuresNouvelles(MesureNouvelle.of("extension", Amount.of(m.fullYear), m.start.plusYears(shift),
            INSTRUCTION));
      }
      for (BigDecimal c : e.cnr) {
        esmsYear.addCnr(Cnr.of("crédits non reconductibles", Amount.of(c), INSTRUCTION));
      }
      builder.addEsms(esmsYear.build());
    }
    if (withNotifiedTotal) {
      d.notifiedTotal.ifPresent(t -> builder.notifiedTotal(Amount.of(t)));
    }
    return builder.build();
  }

  /**
   * The DGCs in plain values, one per gestionnaire.
   *
   * @return the DGCs
   */
  public List<DgcInput> dgcs() {
    return dgcs;
  }

  /**
   * The same DGCs as cpom inputs.
   *
   * @return the cpom inputs, in the order of {@link #dgcs()}
   */
  public List<CpomDgc> cpomInputs() {
    return cpom;
  }

  /**
   * The number of ESMS in all.
   *
   * @return the count
   */
  public int esmsCount() {
    return dgcs.stream().mapToInt(d -> d.esms.size()).sum();
  }
}
