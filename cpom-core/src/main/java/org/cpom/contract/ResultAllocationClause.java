package org.cpom.contract;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.money.Rate;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The contract's result-allocation clause (clause d'affectation des résultats):
 * who allocates, which surplus destinations the contract allows, the shares it imposes, and whether
 * results may move between comptes de résultat.
 *
 * <ul>
 *   <li>{@link #allocatingParty()}: under the traditional budget, {@link AllocatingParty#GESTIONNAIRE}
 *       means the contract applies R314-43 and lets the gestionnaire allocate; otherwise the authority
 *       does (R314-51 I). Under the EPRD only the gestionnaire may be named (R314-234): the comptes the
 *       authority allocates there (R314-234 4°: an ESMS outside the perimeter or tariffed by the préfet)
 *       are outside the contract, and the allocation knows them by the kind of each compte de résultat.
 *   <li>{@link #allowedDestinations()}: the destinations the contract keeps, among those the law of the
 *       regime lists; all of them by default.
 *   <li>{@link #minimumShares()}: imposed shares, read as "at least this fraction of each compte de
 *       résultat's free surplus goes to this destination".
 *   <li>{@link #allowsFungibility()}: results may be allocated between the comptes de résultat of the
 *       EPRD (R314-235, secondary source); it takes effect only for a private gestionnaire under the EPRD.
 * </ul>
 *
 * <p>Violations of the clause are reported with {@link #legalBasis()}, e.g. "CPOM clause art. 7".
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResultAllocationClause {
  static final LegalBasis RULE = LegalBasis.convention(Convention.RESULT_ALLOCATION_CLAUSE);

  ResultAllocationClause() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResultAllocationClause}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableResultAllocationClause.Builder {
    Builder() {}
  }

  /**
   * Who allocates the results under this contract.
   *
   * @return the allocating party
   */
  public abstract AllocatingParty allocatingParty();

  /**
   * The surplus destinations the contract allows; every destination by default. The law of the regime
   * still applies on top (a destination the regime does not list stays forbidden).
   *
   * @return a non-empty set
   */
  @Value.Default
  public Set<SurplusDestination> allowedDestinations() {
    return EnumSet.allOf(SurplusDestination.class);
  }

  /**
   * Imposed minimum shares of each compte de résultat's free surplus, by destination; none by default.
   * Each share is above zero and at most 100 %, they add up to at most 100 %, and each destination is
   * among the allowed ones.
   *
   * <p>The amount in cents a share requires comes from splitting the free surplus between the shares, in
   * destination order, and the part they leave free, by the largest remainder: the required
   * amounts never exceed the surplus, even when the shares add up to 100 %. A single share is thus
   * rounded HALF_UP (50 % of 100.01 requires 50.01); 50 % and 50 % of 100.01 require 50.01 and 50.00.
   * A share on a destination the law closes to a compte (the soins and dépendance sections of an EHPAD
   * under L342-1) does not apply to that compte; the allocation of a closed exercice also refuses a share
   * on a destination its regime does not list.
   *
   * @return the shares by destination
   */
  public abstract Map<SurplusDestination, Rate> minimumShares();

  /**
   * Whether results may move between the comptes de résultat of the contract (fongibilité, R314-235);
   * false by default.
   *
   * @return true if the contract allows it
   */
  @Value.Default
  public boolean allowsFungibility() {
    return false;
  }

  /**
   * The reference of the clause in the contract, such as "art. 7"; "affectation des résultats" by default.
   *
   * @return the reference
   */
  @Value.Default
  public String reference() {
    return "affectation des résultats";
  }

  /**
   * The clause as a legal basis, used to report its violations.
   *
   * @return "CPOM clause " + {@link #reference()}
   */
  public LegalBasis legalBasis() {
    return LegalBasis.clause(reference());
  }

  /**
   * Whether the contract allows a destination (the regime's own list is checked elsewhere).
   *
   * @param destination the destination
   * @return true if allowed by the contract
   */
  public boolean allows(SurplusDestination destination) {
    return allowedDestinations().contains(java.util.Objects.requireNonNull(destination, "destination"));
  }

  @Value.Check
  void check() {
    Checks.notBlank(reference(), "clause.reference");
    Checks.check(!allowedDestinations().isEmpty(), "clause.allowedDestinations", "[]", RULE,
        "a contract must allow at least one surplus destination");
    Rate total = Rate.ZERO;
    for (Map.Entry<SurplusDestination, Rate> e : minimumShares().entrySet()) {
      Rate share = e.getValue();
      Checks.check(share.signum() > 0 && share.compareTo(Rate.ONE) <= 0, "clause.minimumShares." + e.getKey(),
          share, RULE, "an imposed share is above 0 % and at most 100 %");
      Checks.check(allows(e.getKey()), "clause.minimumShares." + e.getKey(), share, RULE,
          "a share is imposed on a destination the clause does not allow");
      total = total.plus(share);
    }
    Checks.check(total.compareTo(Rate.ONE) <= 0, "clause.minimumShares", total, RULE,
        "imposed shares add up to more than 100 %");
  }
}
