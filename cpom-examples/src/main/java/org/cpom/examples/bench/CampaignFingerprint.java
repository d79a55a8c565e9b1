package org.cpom.examples.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DgcSplit;
import org.cpom.dotation.EsmsDotation;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentSchedule;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/**
 * One SHA-256 over everything the campaign computes: every amount, share, payment date and kind, and every
 * trace step (its label in French and in English, its amount, its basis), in the campaign's order. Work on
 * speed must leave it unchanged: a faster cpom that drops or alters one step, one label or one cent gives
 * another fingerprint.
 */
public final class CampaignFingerprint {
  private final MessageDigest digest;
  private long steps;

  private CampaignFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The fingerprint of the campaign of {@code seed} and its number of trace steps, as "hex (n steps)". */
  static String of(List<Campaign.CpomDgc> inputs) {
    CampaignFingerprint f = new CampaignFingerprint();
    for (Campaign.CpomDgc d : inputs) {
      CpomRun.Result r = CpomRun.compute(d);
      f.dotation(r.year);
      f.schedule(r.payments.dgc());
      for (Map.Entry<?, PaymentSchedule> e : r.payments.esms().entrySet()) {
        f.text(e.getKey().toString());
        f.schedule(e.getValue());
      }
    }
    return HexFormat.of().formatHex(f.digest.digest()) + " (" + f.steps + " steps)";
  }

  private void dotation(DgcDotation year) {
    for (EsmsDotation e : year.esms()) {
      text(e.esms() + " " + e.amount() + " " + e.nextBase());
      trace(e.trace());
      trace(e.nextBaseTrace());
    }
    text(year.total().toString());
    trace(year.trace());
    for (DgcSplit s : year.splits()) {
      text(s.origin() + " " + s.effectiveFrom() + " " + s.total() + " " + s.shares());
      trace(s.trace());
    }
  }

  private void schedule(PaymentSchedule s) {
    text(s.year() + " " + s.annualAmount() + " " + s.previousAmount() + " " + s.regime());
    for (Payment p : s.payments()) {
      text(p.date() + " " + p.month() + " " + p.kind() + " " + p.amount());
      trace(p.trace());
    }
  }

  private void trace(Trace t) {
    for (TraceStep s : t.steps()) {
      steps++;
      text(s.render(Locale.FRENCH));
      text(s.render(Locale.ENGLISH));
      text(s.amount().toString());
    }
  }

  private void text(String s) {
    digest.update(s.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  /**
   * Prints the fingerprint of the benchmark's campaign.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(of(Campaign.generate(CampaignBenchmark.SEED).cpomInputs()));
  }
}
