package org.cpom.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A fiche-action: one action of the contract serving a strategic objective (arrêté du 3
 * mars 2017, objectives "déclinés en fiches actions").
 *
 * <p>It names the objective it serves, the ESMS it concerns, its pilot, a timetable of {@link Step}s, its
 * {@link Indicator}s with a baseline and targets by contract year, and the {@link Means} it needs. Its own
 * consistency (identifiers, at least one ESMS, step and indicator identities) is checked on build; its links
 * to the contract (the objective exists, the ESMS are in the perimeter, the dates and years fall in the
 * period) are checked when the {@link Cpom} is built.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FicheAction {
  static final LegalBasis RULE = LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action");

  FicheAction() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FicheAction}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableFicheAction.Builder {
    Builder() {}
  }

  /**
   * The identifier, unique in the contract, e.g. "FA1".
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The identifier of the {@link Objective} it serves.
   *
   * @return the objective's identifier
   */
  public abstract String objective();

  /**
   * The ESMS it concerns, by FINESS géographique; at least one, each in the contract's perimeter.
   *
   * @return the ESMS
   */
  public abstract List<FinessNumber> esms();

  /**
   * Who leads the action (a person or a function), e.g. "Directeur du pôle enfance".
   *
   * @return the pilot
   */
  public abstract String pilot();

  /**
   * The timetable, at least one step; labels unique within the fiche.
   *
   * @return the steps
   */
  public abstract List<Step> steps();

  /**
   * The indicators, at least one; identifiers unique within the fiche.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * The means the action needs; possibly empty for an action with no cost.
   *
   * @return the lines of means
   */
  public abstract List<Means> means();

  /**
   * An indicator by identifier.
   *
   * @param indicatorId the identifier
   * @return the indicator, or empty
   */
  public Optional<Indicator> indicator(String indicatorId) {
    java.util.Objects.requireNonNull(indicatorId, "indicatorId");
    return indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /**
   * A step by label.
   *
   * @param label the label
   * @return the step, or empty
   */
  public Optional<Step> step(String label) {
    java.util.Objects.requireNonNull(label, "label");
    return steps().stream().filter(s -> s.label().equals(label)).findFirst();
  }

  /**
   * The total cost of the means.
   *
   * @return the sum of the costs, zero when there are none
   */
  public Amount totalCost() {
    return Amount.total(means().stream().map(Means::cost).collect(Collectors.toList()));
  }

  /**
   * The total cost of the means funded one way.
   *
   * @param way the funding way
   * @return the sum of those costs, zero when there are none
   */
  public Amount totalCost(FundingWay way) {
    java.util.Objects.requireNonNull(way, "way");
    return Amount.total(
        means().stream().filter(m -> m.fundingWay() == way).map(Means::cost).collect(Collectors.toList()));
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "ficheAction.id");
    String at = "ficheAction[" + id() + "]";
    Checks.notBlank(title(), at + ".title");
    Checks.notBlank(objective(), at + ".objective");
    Checks.notBlank(pilot(), at + ".pilot");
    Checks.check(!esms().isEmpty(), at + ".esms", "[]", RULE, "a fiche-action concerns at least one ESMS");
    Checks.check(new HashSet<>(esms()).size() == esms().size(), at + ".esms", esms(), RULE, "an ESMS is listed twice");
    Checks.check(!steps().isEmpty(), at + ".steps", "[]", RULE, "a fiche-action needs a timetable of at least one step");
    Set<String> labels = new HashSet<>();
    for (Step s : steps()) {
      Checks.check(labels.add(s.label()), at + ".steps", s.label(), RULE, "two steps have the same label");
    }
    Checks.check(!indicators().isEmpty(), at + ".indicators", "[]", RULE, "a fiche-action needs at least one indicator");
    Set<String> ids = new HashSet<>();
    for (Indicator i : indicators()) {
      Checks.check(ids.add(i.id()), at + ".indicators", i.id(), RULE, "two indicators have the same identifier");
    }
    // a fiche-action that builds can give its total: the costs (never negative) add up within a long of cents
    long cents = 0;
    for (Means m : means()) {
      Checks.check(m.cost().cents() <= Long.MAX_VALUE - cents, at + ".means", m.cost(),
          LegalBasis.convention(Convention.EXACT_ARITHMETIC), "the costs of the means add up beyond the"
              + " range of an amount, +-92,233,720,368,547,758.07 EUR");
      cents += m.cost().cents();
    }
  }
}
