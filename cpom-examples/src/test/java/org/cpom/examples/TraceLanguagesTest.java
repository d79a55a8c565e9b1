package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cpom.contract.Cpom;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dotation.CretonSplit;
import org.cpom.dotation.DgcSplit;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.EsmsDotation;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentSchedule;
import org.cpom.trace.StepKind;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** Every step the engines write for the association's DGC reads in French and in English from its kind. */
class TraceLanguagesTest {
  /** Every trace step of the main example's DGC: dotations, splits, bases, Creton parts and payments. */
  static List<TraceStep> allSteps() {
    List<Trace> traces = new ArrayList<>();
    Cpom cpom = AssociationExample.contract();
    ResolvedDgc dgc = cpom.dgc(AssociationExample.DGC_NAME);
    DgcDotation y2025 = AssociationExample.dotation2025(cpom, dgc, AssociationExample.bases2024());
    DgcDotation y2026 = AssociationExample.dotation2026(cpom, dgc, y2025);
    CretonSplit creton2025 = AssociationExample.creton2025(y2025);
    CretonSplit creton2026 = AssociationExample.creton2026(y2026);
    for (DgcDotation y : List.of(y2025, y2026)) {
      traces.add(y.trace());
      for (EsmsDotation d : y.esms()) {
        traces.add(d.trace());
        traces.add(d.nextBaseTrace());
        d.modulation().ifPresent(m -> traces.add(m.trace()));
      }
      for (DgcSplit s : y.splits()) {
        traces.add(s.trace());
      }
    }
    traces.add(creton2025.trace());
    traces.add(creton2026.trace());
    DgcPaymentSchedule s = AssociationExample.payments2025(y2025, AssociationExample.bases2024(), creton2025);
    DgcPaymentSchedule s2026 = AssociationExample.payments2026(y2026, s, creton2026);
    for (DgcPaymentSchedule schedule : List.of(s, s2026)) {
      List<PaymentSchedule> rows = new ArrayList<>(schedule.esms().values());
      rows.add(schedule.dgc());
      for (PaymentSchedule row : rows) {
        for (Payment pay : row.payments()) {
          traces.add(pay.trace());
        }
      }
    }
    List<TraceStep> steps = new ArrayList<>();
    traces.forEach(t -> steps.addAll(t.steps()));
    return steps;
  }

  @Test
  void everyStepRendersInBothLanguagesFromItsKindAndArguments() {
    List<TraceStep> steps = allSteps();
    assertThat(steps).hasSizeGreaterThan(50);
    assertThat(steps).extracting(TraceStep::kind).contains(StepKind.BASE_RECONDUCTIBLE, StepKind.MODULATION,
        StepKind.MESURE_NOUVELLE_PRORATA_DAYS, StepKind.CNR, StepKind.DM_PERMANENT_FROM, StepKind.CRETON_PART,
        StepKind.ADVANCE, StepKind.TWELFTH, StepKind.CATCH_UP);
    for (TraceStep st : steps) {
      String fr = st.label(Locale.FRENCH);
      String en = st.label(Locale.ENGLISH);
      assertThat(st.arguments()).as(en).hasSize(st.kind().arity());
      assertThat(fr).as(en).doesNotContain("{", "}", "EUR ");
      assertThat(en).doesNotContain("{", "}").isEqualTo(st.label());
      if (!st.kind().template(Locale.FRENCH).equals(st.kind().template(Locale.ENGLISH))) {
        assertThat(fr).as(en).isNotEqualTo(en);
      }
    }
  }

  @Test
  void anErpReadsTheFiguresFromTheArgumentsWithoutParsingText() {
    TraceStep cnr = allSteps().stream().filter(st -> st.kind() == StepKind.CNR).findFirst().orElseThrow();
    assertThat(cnr.arguments().get(0)).isInstanceOf(String.class);
    assertThat(cnr.arguments().get(1)).isEqualTo(Year.of(2025));
  }
}
