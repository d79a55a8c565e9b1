package org.cpom.referential;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.io.Serializable;
import java.util.Objects;
import org.cpom.internal.Checks;

/**
 * An autorité de tarification: the directeur général of an ARS (for assurance maladie and State funding),
 * or the président of a Département's council (for aide sociale).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TariffAuthority implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kinds of tariff authority. */
  public enum Kind implements Labelled {
    /** Agence régionale de santé. */
    ARS,
    /** Département (président du conseil départemental). */
    DEPARTEMENT;

    /**
     * The label in French or English.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @return the label
     * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
     */
    @Override
    public String label(Locale locale) {
      return switch (this) {
        case ARS -> TraceLabels.pick(locale, "agence régionale de santé (ARS)", "regional health agency (ARS)");
        case DEPARTEMENT -> TraceLabels.pick(locale, "conseil départemental", "Département council");
      };
    }
  }

  private final Kind kind;
  private final String territory;

  private TariffAuthority(Kind kind, String territory) {
    this.kind = kind;
    this.territory = territory;
  }

  /**
   * The ARS of a region.
   *
   * @param region the region's name, such as {@code "Auvergne-Rhône-Alpes"}
   * @return the authority
   */
  public static TariffAuthority ars(String region) {
    return new TariffAuthority(Kind.ARS, Checks.notBlank(region, "region").trim());
  }

  /**
   * A Département.
   *
   * @param code its code
   * @return the authority
   */
  public static TariffAuthority departement(DepartementCode code) {
    return new TariffAuthority(Kind.DEPARTEMENT, Objects.requireNonNull(code, "code").code());
  }

  /**
   * A Département.
   *
   * @param code its code, such as {@code "69"}
   * @return the authority
   */
  public static TariffAuthority departement(String code) {
    return departement(DepartementCode.of(code));
  }

  /**
   * The kind of authority.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The region's name for an ARS, the département code for a Département.
   *
   * @return the territory
   */
  public String territory() {
    return territory;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TariffAuthority
        && ((TariffAuthority) obj).kind == kind
        && ((TariffAuthority) obj).territory.equals(territory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, territory);
  }

  @Override
  public String toString() {
    return (kind == Kind.ARS ? "ARS " : "Département ") + territory;
  }
}
