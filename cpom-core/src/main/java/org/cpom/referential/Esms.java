package org.cpom.referential;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * An ESMS (établissement ou service social ou médico-social), identified by its FINESS géographique, run
 * by one organisme gestionnaire.
 *
 * <p>It states its category, its capacity by mode, and its fundings: one {@link SectionTarifaire#GLOBAL}
 * funding when a single funder pays, or one funding per section when funding is joint (a FAM: soins by the
 * ARS, hébergement by the Département). An établissement or service for disabled children (IME, IEM, EEAP,
 * SESSAD: 2° of I of L312-1) funded GLOBAL by the assurance maladie may add, for the young adults it keeps
 * under L242-4, one {@link SectionTarifaire#CRETON} funding per Département, tariffed by the ARS of its GLOBAL
 * funding (R314-115). A jointly funded ESMS belongs to at most one DGC per financement
 * (R314-43-1; see {@link Financement}).
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Esms {
  static final LegalBasis RULE = LegalBasis.convention(Convention.ESMS);
  static final LegalBasis CRETON_RULE = Articles.R314_115;
  /** The établissements and services of 2° of I of L312-1 that may keep young adults under L242-4. */
  private static final Set<EsmsCategory> KEEPS_YOUNG_ADULTS =
      EnumSet.of(EsmsCategory.IME, EsmsCategory.IEM, EsmsCategory.EEAP, EsmsCategory.SESSAD);

  Esms() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Esms}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableEsms.Builder {
    Builder() {}
  }

  /**
   * The FINESS géographique.
   *
   * @return the number
   */
  public abstract FinessNumber finess();

  /**
   * The name, e.g. "IME Les Tilleuls".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The category.
   *
   * @return the category
   */
  public abstract EsmsCategory category();

  /**
   * The FINESS juridique of the gestionnaire that runs it.
   *
   * @return the gestionnaire's number
   */
  public abstract FinessNumber gestionnaire();

  /**
   * The capacity by mode, at most one line per mode.
   *
   * @return the lines
   */
  public abstract List<CapacityLine> capacity();

  /**
   * The fundings, at least one; one section per funding.
   *
   * @return the fundings
   */
  public abstract List<Funding> fundings();

  /**
   * The public served: the category's unless stated.
   *
   * @return the public
   */
  @Value.Default
  public Public publicServed() {
    return category().publicServed();
  }

  /**
   * Whether more than one funder pays (financement conjoint).
   *
   * @return true for a jointly funded ESMS
   */
  public boolean isJointlyFunded() {
    Set<Funder> funders = new HashSet<>();
    fundings().forEach(f -> funders.add(f.funder()));
    return funders.size() > 1;
  }

  /**
   * The fundings paid by one funder.
   *
   * @param funder the funder
   * @return the fundings of that funder, possibly empty
   */
  public List<Funding> fundingsBy(Funder funder) {
    Objects.requireNonNull(funder, "funder");
    return fundings().stream().filter(f -> f.funder().equals(funder)).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * The capacity line of a mode.
   *
   * @param mode the mode
   * @return the line, or empty
   */
  public Optional<CapacityLine> capacity(CapacityMode mode) {
    Objects.requireNonNull(mode, "mode");
    return capacity().stream().filter(l -> l.mode() == mode).findFirst();
  }

  /**
   * Total places authorised over all modes.
   *
   * @return the places
   */
  public int authorisedPlaces() {
    return capacity().stream().mapToInt(CapacityLine::authorisedPlaces).sum();
  }

  /**
   * Total places authorised and funded over all modes.
   *
   * @return the places
   */
  public int fundedPlaces() {
    return capacity().stream().mapToInt(CapacityLine::fundedPlaces).sum();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "esms.name");
    Checks.check(!fundings().isEmpty(), "esms.fundings", "[]", RULE, "an ESMS " + finess() + " needs at least one funding");
    Set<SectionTarifaire> sections = EnumSet.noneOf(SectionTarifaire.class);
    List<Funding> creton = new ArrayList<>();
    Set<Funder> cretonFunders = new HashSet<>();
    for (Funding f : fundings()) {
      if (f.section() == SectionTarifaire.CRETON) {
        Checks.check(cretonFunders.add(f.funder()), "esms.fundings", f.funder(), CRETON_RULE,
            "the Creton part of this Département is given twice in ESMS " + finess());
        creton.add(f);
      } else {
        Checks.check(sections.add(f.section()), "esms.fundings", f.section(), RULE,
            "section funded twice in ESMS " + finess());
      }
    }
    Checks.check(!sections.contains(SectionTarifaire.GLOBAL) || sections.size() == 1, "esms.fundings", sections, RULE,
        "a GLOBAL funding excludes per-section fundings in ESMS " + finess());
    if (!creton.isEmpty()) {
      checkCreton(creton);
    }
    Set<CapacityMode> modes = EnumSet.noneOf(CapacityMode.class);
    long places = 0;
    for (CapacityLine l : capacity()) {
      Checks.check(modes.add(l.mode()), "esms.capacity", l.mode(), RULE, "mode listed twice in ESMS " + finess());
      places += l.authorisedPlaces();
    }
    // The totals are ints; funded places never exceed authorised ones, so one check covers both.
    Checks.check(places <= Integer.MAX_VALUE, "esms.capacity", places, RULE,
        "more places in total than an int holds in ESMS " + finess());
  }

  private void checkCreton(List<Funding> creton) {
    Checks.check(KEEPS_YOUNG_ADULTS.contains(category()), "esms.fundings", category() + " with Creton parts",
        Articles.L242_4, "only an établissement or service for disabled children keeps young adults past 20");
    Optional<Funding> dotation = fundings().stream()
        .filter(f -> f.section() == SectionTarifaire.GLOBAL && f.funder().equals(Funder.assuranceMaladie()))
        .findFirst();
    Checks.check(dotation.isPresent(), "esms.fundings", "Creton parts without a GLOBAL assurance-maladie funding",
        CRETON_RULE, "the Creton parts are parts of the assurance-maladie dotation globalisée of ESMS " + finess());
    for (Funding f : creton) {
      Checks.check(f.authority().equals(dotation.get().authority()), "esms.fundings", f.authority(), CRETON_RULE,
          "the Creton part of " + f.funder() + " is fixed by the authority of the dotation, "
              + dotation.get().authority());
    }
  }

  @Override
  public String toString() {
    return category() + " " + name() + " (" + finess() + ")";
  }
}
