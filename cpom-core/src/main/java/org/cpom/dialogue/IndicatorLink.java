package org.cpom.dialogue;

import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;

/**
 * The link the caller draws between an indicator of a fiche-action of the contract and a key of the indicator
 * catalogue ({@link org.cpom.Convention#DIALOGUE_TARGETS}): the values observed under that key, for the whole CPOM
 * or for one ESMS the fiche-action concerns, take their targets and direction from that indicator. The contract
 * states no catalogue key, so the link is kept beside it rather than in it. Whether the fiche-action, its indicator
 * and the ESMS exist is checked against the contract by the functions that read the link.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
public final class IndicatorLink {
  private final String ficheAction;
  private final String indicator;
  private final String key;
  private final FinessNumber esms;

  private IndicatorLink(String ficheAction, String indicator, String key, FinessNumber esms) {
    this.ficheAction = Checks.notBlank(ficheAction, "indicatorLink.ficheAction");
    this.indicator = Checks.notBlank(indicator, "indicatorLink.indicator");
    this.key = Checks.notBlank(key, "indicatorLink.key");
    this.esms = esms;
  }

  /**
   * A link for the values of the whole CPOM.
   *
   * @param ficheAction the fiche-action's identifier, such as {@code FA2}
   * @param indicator the identifier of its indicator, such as {@code I1}
   * @param key the catalogue key, such as {@link IndicatorKeys#ABSENTEEISM}
   * @return the link
   */
  public static IndicatorLink ofCpom(String ficheAction, String indicator, String key) {
    return new IndicatorLink(ficheAction, indicator, key, null);
  }

  /**
   * A link for the values of one ESMS, which the fiche-action must concern.
   *
   * @param ficheAction the fiche-action's identifier
   * @param indicator the identifier of its indicator
   * @param key the catalogue key
   * @param esms the ESMS's FINESS
   * @return the link
   */
  public static IndicatorLink ofEsms(String ficheAction, String indicator, String key, FinessNumber esms) {
    return new IndicatorLink(ficheAction, indicator, key, Objects.requireNonNull(esms, "esms"));
  }

  /**
   * The fiche-action.
   *
   * @return its identifier
   */
  public String ficheAction() {
    return ficheAction;
  }

  /**
   * The fiche-action's indicator.
   *
   * @return its identifier
   */
  public String indicator() {
    return indicator;
  }

  /**
   * The catalogue key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The ESMS whose values the link applies to.
   *
   * @return its FINESS; empty for the values of the whole CPOM
   */
  public Optional<FinessNumber> esms() {
    return Optional.ofNullable(esms);
  }

  /** The key and scope of the values it applies to, as {@link IndicatorValue} names them. */
  String series() {
    return key + "@" + (esms == null ? "CPOM" : esms.value());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorLink o && ficheAction.equals(o.ficheAction) && indicator.equals(o.indicator)
        && key.equals(o.key) && Objects.equals(esms, o.esms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ficheAction, indicator, key, esms);
  }

  @Override
  public String toString() {
    return ficheAction + "/" + indicator + " -> " + series();
  }
}
