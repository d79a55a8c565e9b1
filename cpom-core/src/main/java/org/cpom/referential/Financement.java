package org.cpom.referential;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A financement: one funder paying one section of the ESMS's costs, such as "Département 33, dépendance" or
 * "assurance maladie, soins". CASF R314-43-1 lets a dotation globalisée commune group ESMS « relevant de la
 * même autorité de tarification et des mêmes financements »: a DGC is keyed by a financement, and the
 * Département's dépendance forfait (R314-172 ff) and its hébergement tariff of the same EHPAD are two
 * financements that may sit in two DGCs.
 *
 * <p><b>How an ESMS's funding line matches a financement</b> ({@link #lineOf(Esms)}), {@link org.cpom.Convention#FINANCEMENT_MATCH}:
 *
 * <ul>
 *   <li>a line of the same funder and the same section matches;
 *   <li>otherwise a {@link SectionTarifaire#GLOBAL} line of the same funder matches: a GLOBAL line is the whole of
 *       what that funder pays the ESMS, a single financement, so an IME funded GLOBAL by the assurance maladie
 *       sits with the soins of a FAM in the assurance-maladie financement, and a foyer de vie funded GLOBAL
 *       by a Département sits with the hébergement of a FAM in that Département's financement;
 *   <li>a GLOBAL line never matches the {@link SectionTarifaire#DEPENDANCE} financement, which only an EHPAD
 *       receives (the forfait global dépendance of R314-172), nor the {@link SectionTarifaire#CRETON} one, a
 *       part of an IME's own dotation (R314-115).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Financement implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Funder funder;
  private final SectionTarifaire section;

  private Financement(Funder funder, SectionTarifaire section) {
    this.funder = funder;
    this.section = section;
  }

  /**
   * A financement.
   *
   * @param funder who pays
   * @param section the section paid
   * @return the financement
   */
  public static Financement of(Funder funder, SectionTarifaire section) {
    return new Financement(Objects.requireNonNull(funder, "funder"), Objects.requireNonNull(section, "section"));
  }

  /**
   * Who pays.
   *
   * @return the funder
   */
  public Funder funder() {
    return funder;
  }

  /**
   * The section paid.
   *
   * @return the section
   */
  public SectionTarifaire section() {
    return section;
  }

  /**
   * Whether one funding line belongs to this financement, by the rule in the class comment.
   *
   * @param line a funding line
   * @return true if the line is of this funder and of this section, or GLOBAL where GLOBAL matches
   */
  public boolean matches(Funding line) {
    Objects.requireNonNull(line, "line");
    if (!line.funder().equals(funder)) {
      return false;
    }
    return line.section() == section
        || (line.section() == SectionTarifaire.GLOBAL && section != SectionTarifaire.DEPENDANCE
            && section != SectionTarifaire.CRETON);
  }

  /**
   * The funding line of an ESMS that belongs to this financement: the line of the same section if the ESMS
   * has one, else its GLOBAL line of this funder where GLOBAL matches.
   *
   * @param esms the ESMS
   * @return the line, or empty if the ESMS has no funding of this financement
   */
  public Optional<Funding> lineOf(Esms esms) {
    Objects.requireNonNull(esms, "esms");
    List<Funding> lines = esms.fundingsBy(funder);
    Optional<Funding> exact = lines.stream().filter(f -> f.section() == section).findFirst();
    return exact.isPresent() ? exact : lines.stream().filter(this::matches).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Financement
        && ((Financement) obj).funder.equals(funder)
        && ((Financement) obj).section == section;
  }

  @Override
  public int hashCode() {
    return Objects.hash(funder, section);
  }

  @Override
  public String toString() {
    return funder + " / " + section;
  }
}
