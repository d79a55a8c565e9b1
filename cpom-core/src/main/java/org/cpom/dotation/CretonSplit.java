package org.cpom.dotation;

import java.time.Year;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpom.calendar.CretonDeadlines;
import org.cpom.calendar.Deadline;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.trace.StepKind;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * The split of an IME's dotation globalisée between the assurance maladie and the Départements that pay for
 * young adults kept under CASF L242-4 (amendement Creton), as CASF R314-115 sets it.
 *
 * <ul>
 *   <li>The part of each Département is the revenue billed to it on the last closed exercice ({@link
 *       CretonRevenue}); the ESMS sends these parts to the DG ARS by 31 January of the tariff year ({@link
 *       #transmissionDeadline()}), and each part is then billed to its Département as a prix de journée.
 *   <li>The part of the assurance maladie is the dotation less the parts of the Départements.
 * </ul>
 *
 * <p>The parts are amounts already in cents, so nothing is rounded: the Département parts and the
 * assurance-maladie part sum exactly to the dotation. {@link #trace()} starts from the dotation and takes
 * each Département part off, each step with its basis, and sums to the assurance-maladie part.
 *
 * <p>Rejected when computed, naming the field and the article: a negative dotation; a closed exercice not
 * before the tariff year; an ESMS without a GLOBAL assurance-maladie funding, or without a Creton funding
 * of a Département given; a Département given twice; a Département part larger than the dotation, or parts
 * that together exceed it.
 *
 * <p>Computed by {@link DotationEngine#cretonSplit(DgcDotation, org.cpom.referential.FinessNumber, List)} for an
 * IME in a DGC, or {@link DotationEngine#cretonSplit(EsmsDotation, org.cpom.contract.ResolvedSingleEsmsDotation,
 * List)} for one in no DGC: the ESMS and its dotation come from that result. Two splits of the same ESMS, year,
 * dotation and revenues are equal. This class is immutable and thread-safe.
 *
 * <p>Bounds: the year is 1583 to 9999 and the Département parts total at most {@code Long.MAX_VALUE} cents
 * ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class CretonSplit {
  static final LegalBasis RULE = Articles.R314_115;
  private static final LegalBasis BASIS = Articles.R314_115;
  private static final LegalBasis PART_BASIS = LegalBasis.casf("R314-115", "L242-4");

  CretonSplit() {}

  static ImmutableCretonSplit.Builder builder() {
    return ImmutableCretonSplit.builder();
  }

  /**
   * The ESMS, funded GLOBAL by the assurance maladie, with one Creton funding per Département it bills.
   *
   * @return the ESMS
   */
  public abstract Esms esms();

  /**
   * The tariff year of the dotation globalisée.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The last closed exercice, whose revenue measures the parts.
   *
   * @return the year before {@link #year()} unless named
   */
  public abstract Year closedExercice();

  /**
   * The dotation globalisée of the year, Département parts included (for an ESMS in a DGC, its share).
   *
   * @return the amount, zero or more
   */
  public abstract Amount dotation();

  /**
   * The Creton revenue billed to each Département on the last closed exercice, each Département once.
   *
   * @return the revenues, possibly none
   */
  public abstract List<CretonRevenue> revenues();

  /**
   * The part of each Département, in the order of {@link #revenues()}.
   *
   * @return an unmodifiable map from the Département funder to its part
   */
  public Map<Funder, Amount> departementParts() {
    Map<Funder, Amount> parts = new LinkedHashMap<>();
    revenues().forEach(r -> parts.put(r.funder(), r.revenue()));
    return Collections.unmodifiableMap(parts);
  }

  /**
   * The sum of the Département parts.
   *
   * @return the total
   */
  public Amount departementsTotal() {
    return Amount.total(departementParts().values());
  }

  /**
   * The part of the assurance maladie: the dotation less the Département parts.
   *
   * @return the amount, zero or more
   */
  public Amount assuranceMaladiePart() {
    return dotation().minus(departementsTotal());
  }

  /**
   * The dotation, then each Département part taken off with its basis; the steps sum to {@link
   * #assuranceMaladiePart()}.
   *
   * @return the trace
   */
  public Trace trace() {
    Trace t = Trace.empty().plus(StepKind.CRETON_DOTATION, dotation(), BASIS, year(), esms().name(), esms().finess());
    for (CretonRevenue r : revenues()) {
      t = t.plus(StepKind.CRETON_PART, r.revenue().negated(), PART_BASIS, r.funder(), closedExercice());
    }
    return t;
  }

  /**
   * The date by which the ESMS sends the Département parts to the DG ARS: 31 January of {@link #year()}.
   *
   * @return the deadline
   */
  public Deadline transmissionDeadline() {
    return CretonDeadlines.departementPartsTransmission(year());
  }

  @Value.Check
  void check() {
    EngineBounds.year(year(), "cretonSplit.year");
    Checks.check(!dotation().isNegative(), "cretonSplit.dotation", dotation(), RULE, "a dotation is zero or more");
    // the parts are within the dotation, but their total is made before that is checked
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the Département parts");
    for (int i = 0; i < revenues().size(); i++) {
      total.add(revenues().get(i).revenue().cents(), "cretonSplit.revenues[" + i + "].revenue");
    }
    Checks.check(closedExercice().isBefore(year()), "cretonSplit.closedExercice", closedExercice(), RULE,
        "the last closed exercice comes before the tariff year " + year());
    Checks.check(esms().fundings().stream().anyMatch(
            f -> f.section() == SectionTarifaire.GLOBAL && f.funder().equals(Funder.assuranceMaladie())),
        "cretonSplit.esms", esms().finess(), RULE, "the ESMS has no GLOBAL assurance-maladie dotation to split");
    Set<DepartementCode> seen = new HashSet<>();
    for (int i = 0; i < revenues().size(); i++) {
      CretonRevenue r = revenues().get(i);
      String field = "cretonSplit.revenues[" + i + "]";
      Checks.check(seen.add(r.departement()), field + ".departement", r.departement(), RULE,
          "Département given twice");
      Checks.check(esms().fundings().stream()
              .anyMatch(f -> f.section() == SectionTarifaire.CRETON && f.funder().equals(r.funder())),
          field + ".departement", r.departement(), RULE,
          "ESMS " + esms().finess() + " has no Creton funding of " + r.funder());
      Checks.check(!r.revenue().isGreaterThan(dotation()), field + ".revenue", r.revenue(), RULE,
          "the part of " + r.funder() + " is larger than the dotation " + dotation());
    }
    Checks.check(!departementsTotal().isGreaterThan(dotation()), "cretonSplit.revenues", departementsTotal(), RULE,
        "the Département parts together exceed the dotation " + dotation());
  }
}
