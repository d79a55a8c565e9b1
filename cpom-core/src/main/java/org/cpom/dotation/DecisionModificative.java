package org.cpom.dotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A décision modificative (DM) re-splitting a DGC between its ESMS during the year, within the same total
 * (CASF R314-43-1).
 *
 * <p>It needs the authority's approval (R314-46 or R314-231 by the contract's basis, see {@link
 * org.cpom.contract.ResolvedDgc#dmApprovalBasis()}); only an approved or deemed approved DM changes the
 * split, from its decision date, and the payments from the next payment after that date. It changes the
 * bases of the following years too, unless a member of the DGC is funded under R314-40 4°: then it applies
 * to the current year only.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 *
 * <p>Bounds: its dates are in the years 1583 to 9999 ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class DecisionModificative {
  static final LegalBasis RULE = Articles.R314_43_1;

  DecisionModificative() {}

  /**
   * A builder; {@code reference}, {@code submitted}, {@code status} and at least one transfer are required,
   * and a decision date unless the status is {@link DmStatus#SUBMITTED}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionModificative}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableDecisionModificative.Builder {
    Builder() {}
  }

  /**
   * The DM's reference, e.g. "DM n° 1 2025".
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The date it was sent to the authority.
   *
   * @return the date
   */
  public abstract LocalDate submitted();

  /**
   * Where it stands with the authority.
   *
   * @return the status
   */
  public abstract DmStatus status();

  /**
   * The date of the authority's decision, express or deemed.
   *
   * @return the date; empty while submitted
   */
  public abstract Optional<LocalDate> decisionDate();

  /**
   * The moves between ESMS.
   *
   * @return at least one move
   */
  public abstract List<DmTransfer> transfers();

  /**
   * The decision date of an approved DM, the date from which it changes the split.
   *
   * @return the date
   */
  LocalDate effectiveDate() {
    return decisionDate().orElseThrow();
  }

  @Value.Check
  void check() {
    Checks.notBlank(reference(), "dm.reference");
    EngineBounds.date(submitted(), "dm.submitted");
    decisionDate().ifPresent(d -> EngineBounds.date(d, "dm.decisionDate"));
    Checks.check(!transfers().isEmpty(), "dm.transfers", "[]", RULE, "a DM moves at least one amount");
    if (status() == DmStatus.SUBMITTED) {
      Checks.check(decisionDate().isEmpty(), "dm.decisionDate", decisionDate(), RULE,
          "a DM still submitted has no decision date");
    } else {
      Checks.check(decisionDate().isPresent(), "dm.decisionDate", "absent", RULE,
          "a " + status() + " DM needs its decision date");
      Checks.check(!decisionDate().get().isBefore(submitted()), "dm.decisionDate", decisionDate().get(), RULE,
          "the decision comes after the DM was submitted on " + submitted());
    }
  }
}
