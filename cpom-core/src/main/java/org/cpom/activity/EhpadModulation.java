package org.cpom.activity;

import java.util.List;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The modulation of an EHPAD forfait global for occupancy of permanent places: soins (R314-160) or
 * dépendance (R314-174).
 *
 * <p>When the last known occupancy is below the threshold in force for the EHPAD's funding level, the
 * forfait is reduced by half the difference. Dépendance is modulated downward only (R314-174). For soins,
 * R314-160 3° literally speaks of an occupancy "at least equal" to the threshold, which conflicts with its
 * 2°; nothing grants an increase, so soins is also downward by default, and {@link #upwardSoins()} turns on
 * the symmetric reading (increase by half the excess) as an explicit option ({@link org.cpom.Convention#EHPAD_MODULATION}: the literal 3° is not read as a grant).
 *
 * <p>Both modulations apply to the part of the forfait that comes from the tariff equation only: R314-160
 * modulates « la part du forfait global relatif aux soins mentionnée au 1° de l'article R. 314-159 », and
 * R314-174 the part of the forfait dépendance mentioned in R314-172 1°. The financements complémentaires
 * (R314-163) and other perennial funding outside the equation are not modulated and stay in the next base:
 * state them as {@link UnmodulatedPart}s ({@code EsmsYear.unmodulatedParts} for the dotation engine, or
 * {@link ActivityEngine#modulate(ModulationCase, org.cpom.money.Amount, java.util.List, java.time.Year)}).
 * Example: equation part 1,450,000, financements complémentaires 180,000, occupancy 91.13 % against 95 %:
 * the reduction is half of 3.87 points on 1,450,000, i.e. 28,068.33.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public non-sealed abstract class EhpadModulation implements ModulationCase {
  EhpadModulation() {}

  /**
   * A builder; {@code esms}, {@code section} and {@code fundingLevel} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EhpadModulation}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableEhpadModulation.Builder {
    Builder() {}
  }

  @Override
  public abstract FinessNumber esms();

  /**
   * The forfait modulated: {@link SectionTarifaire#SOINS} or {@link SectionTarifaire#DEPENDANCE}.
   *
   * @return the section
   */
  public abstract SectionTarifaire section();

  /**
   * The EHPAD's funding level against its tariff equation, which sets its threshold before 2024.
   *
   * @return the level
   */
  public abstract EhpadFundingLevel fundingLevel();

  /**
   * The thresholds: the default table of the section unless given.
   *
   * @return the table
   */
  @Value.Default
  public EhpadThresholds thresholds() {
    return section() == SectionTarifaire.DEPENDANCE ? EhpadThresholds.dependance() : EhpadThresholds.soins();
  }

  /**
   * Whether an occupancy above the threshold raises the soins forfait by half the excess (the symmetric
   * reading of R314-160 3°). Off by default; not allowed for dépendance (R314-174).
   *
   * @return false unless asked
   */
  @Value.Default
  public boolean upwardSoins() {
    return false;
  }

  @Override
  public abstract List<ActivityRecord> activity();

  @Override
  public abstract Optional<Waiver> waiver();

  /**
   * The article of the section: R314-160 (soins) or R314-174 (dépendance).
   *
   * @return the article
   */
  LegalBasis article() {
    return LegalBasis.casf(section() == SectionTarifaire.DEPENDANCE ? "R314-174" : "R314-160");
  }

  @Value.Check
  void check() {
    Checks.check(section() == SectionTarifaire.SOINS || section() == SectionTarifaire.DEPENDANCE, "ehpadModulation.section",
        section(), Articles.R314_160_R314_174, "only the soins and dépendance forfaits are modulated for occupancy");
    Checks.check(!upwardSoins() || section() == SectionTarifaire.SOINS, "ehpadModulation.upwardSoins", true,
        LegalBasis.casf("R314-174"), "the dépendance forfait is modulated downward only");
    for (ActivityRecord r : activity()) {
      Checks.check(r.esms().equals(esms()), "ehpadModulation.activity", r.esms(), article(),
          "activity of another ESMS than " + esms());
    }
  }
}
