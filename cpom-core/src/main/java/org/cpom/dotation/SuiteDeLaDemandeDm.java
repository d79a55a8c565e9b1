package org.cpom.dotation;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.cpom.trace.Trace;

/**
 * What follows a DM asked for by the tariff authority (suite de la demande, CASF R314-230): nothing more when the DM
 * was adopted or the case has no fallback, else the tariff impact carried into the EPRD that follows, as an
 * {@link Adjustment} of the ESMS's dotation of the next exercice.
 *
 * <p>Built by {@link DotationEngine#suiteDeLaDemandeDm(DemandeDeDm)}. This class is immutable and thread-safe.
 */
public final class SuiteDeLaDemandeDm {
  private final DemandeDeDm demande;
  private final Optional<Adjustment> report;
  private final Trace trace;

  SuiteDeLaDemandeDm(DemandeDeDm demande, Optional<Adjustment> report, Trace trace) {
    this.demande = demande;
    this.report = report;
    this.trace = trace;
  }

  /**
   * The request.
   *
   * @return the request
   */
  public DemandeDeDm demande() {
    return demande;
  }

  /**
   * The adjustment of the next exercice's dotation, cited to R314-230 II.
   *
   * @return the adjustment, or empty when nothing is carried
   */
  public Optional<Adjustment> report() {
    return report;
  }

  /**
   * The exercice whose dotation takes the adjustment: the one after the request.
   *
   * @return the exercice, or empty when nothing is carried
   */
  public Optional<Year> exerciceDuReport() {
    return report.map(a -> demande.exercice().plusYears(1));
  }

  /**
   * The steps: the request with its case, then what is carried or why nothing is.
   *
   * @return the trace
   */
  public Trace trace() {
    return trace;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SuiteDeLaDemandeDm && ((SuiteDeLaDemandeDm) obj).demande.equals(demande)
        && ((SuiteDeLaDemandeDm) obj).report.equals(report) && ((SuiteDeLaDemandeDm) obj).trace.equals(trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(demande, report, trace);
  }

  @Override
  public String toString() {
    return "SuiteDeLaDemandeDm{" + demande.cas() + ", report=" + report + "}";
  }
}
