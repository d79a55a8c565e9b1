package org.cpom.dotation;

import java.time.Year;
import org.cpom.internal.EngineBounds;
import org.immutables.value.Value;

/**
 * The inputs of one year of the dotation of an ESMS in no DGC: the year, what happens to the ESMS that year,
 * and the prorata method of its mesures nouvelles. The lone ESMS's counterpart of a {@link DgcYear}.
 *
 * <p>Build one with {@link #of(Year, EsmsYear)}, or {@link #builder()} for another prorata; {@code year} and
 * {@code esms} are required. This class is immutable and thread-safe.
 *
 * <p>Bounds: the year is 1583 to 9999 ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class SingleEsmsYear {
  SingleEsmsYear() {}

  /**
   * A year whose mesures nouvelles are prorated by days.
   *
   * @param year the exercice
   * @param esms what happens to the ESMS that year
   * @return the year's inputs
   */
  public static SingleEsmsYear of(Year year, EsmsYear esms) {
    return builder().year(year).esms(esms).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleEsmsYear}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableSingleEsmsYear.Builder {
    Builder() {}
  }

  /**
   * The exercice.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * What happens to the ESMS that year.
   *
   * @return the ESMS inputs
   */
  public abstract EsmsYear esms();

  /**
   * How mesures nouvelles are prorated in their first year.
   *
   * @return {@link ProrataMethod#DAYS} unless the contract says otherwise
   */
  @Value.Default
  public ProrataMethod prorata() {
    return ProrataMethod.DAYS;
  }

  @Value.Check
  void check() {
    EngineBounds.year(year(), "singleEsmsYear.year");
  }
}
