package org.cpom.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.immutables.value.Value;

/**
 * The yearly follow-up (suivi annuel, the bilan d'étape sent with the accounts) of one fiche-action for one
 * contract year: its status, the observed value of its indicators, and the steps completed, with their
 * dates.
 *
 * <p>Whether the fiche-action and the year exist, and whether the indicators and steps belong to the
 * fiche-action, is checked against the contract by {@link GrilleAvancement}.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUp {
  FollowUp() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUp}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableFollowUp.Builder {
    Builder() {}
  }

  /**
   * The fiche-action's identifier.
   *
   * @return the identifier
   */
  public abstract String ficheAction();

  /**
   * The contract year's number, 1 for the first year ({@link Cpom#contractYearOf(LocalDate)} finds it).
   *
   * @return the number
   */
  public abstract int year();

  /**
   * The status reported at the end of the year.
   *
   * @return the status
   */
  public abstract ActionStatus status();

  /**
   * The observed value of indicators, by indicator identifier; indicators not measured are left out.
   *
   * @return the values
   */
  public abstract Map<String, BigDecimal> observed();

  /**
   * The steps completed, by step label, with the date each was completed; at most the last day of the year.
   *
   * @return the completion dates
   */
  public abstract Map<String, LocalDate> stepsCompleted();

  /**
   * The gestionnaire's comment.
   *
   * @return the comment, or empty
   */
  public abstract Optional<String> comment();

  @Value.Check
  FollowUp check() {
    // a BigDecimal subclass could compare as it likes: the value keeps plain copies, checked in their turn
    if (!observed().values().stream().allMatch(Checks::isPlain)) {
      Map<String, BigDecimal> plain = new java.util.LinkedHashMap<>();
      observed().forEach((id, value) -> plain.put(id, Checks.plain(value)));
      return builder().from(this).observed(plain).build();
    }
    observed().forEach((id, value) -> Checks.bounded(value, "followUp.observed"));
    Checks.notBlank(ficheAction(), "followUp.ficheAction");
    Checks.check(year() >= 1, "followUp.year", year(), GrilleAvancement.RULE, "contract years are numbered from 1");
    comment().ifPresent(c -> Checks.notBlank(c, "followUp.comment"));
    return this;
  }
}
