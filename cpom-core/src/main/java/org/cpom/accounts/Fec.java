package org.cpom.accounts;

import java.util.List;
import java.util.Objects;
import org.cpom.Violation;

/**
 * A FEC (fichier des écritures comptables, LPF A47 A-1) read whole: its lines in the order of the file and its
 * {@link FecSummary} (totals and warnings). For a file too large to hold, stream it with
 * {@link AccountsEngine#scanFec(java.io.Reader, java.util.function.Consumer)}.
 *
 * <p>Built by {@link AccountsEngine} only. This class is immutable and thread-safe; two FEC compare by value.
 */
public final class Fec {
  private final List<LigneFec> lines;
  private final FecSummary summary;

  Fec(List<LigneFec> lines, FecSummary summary) {
    this.lines = List.copyOf(lines);
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  /**
   * The lines, in the order of the file.
   *
   * @return the lines
   */
  public List<LigneFec> lines() {
    return lines;
  }

  /**
   * The separator, line count, totals and warnings.
   *
   * @return the summary
   */
  public FecSummary summary() {
    return summary;
  }

  /**
   * The warnings kept, as {@link FecSummary#warnings()}.
   *
   * @return the warnings
   */
  public List<Violation> warnings() {
    return summary.warnings();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Fec && ((Fec) obj).lines.equals(lines) && ((Fec) obj).summary.equals(summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, summary);
  }

  @Override
  public String toString() {
    return "Fec[" + summary + "]";
  }
}
