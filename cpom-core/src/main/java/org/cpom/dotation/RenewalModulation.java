package org.cpom.dotation;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.contract.Cpom;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.Phrase;
import org.cpom.trace.StepKind;
import org.cpom.trace.Trace;

/** The checks and the plan of R314-43-3; see {@link DotationEngine#modulationAuRenouvellement}. */
final class RenewalModulation {
  static final LegalBasis HALF_CAP_RULE = LegalBasis.convention(Convention.RENEWAL_HALF_CAP);
  /** Décret n° 2023-1428, art. 2: the modulation applies to contracts renewed from this day. */
  static final LocalDate FIRST_RENEWAL = LocalDate.of(2025, 1, 1);

  private RenewalModulation() {}

  static ModulationAuRenouvellement plan(Cpom nouveauContrat, FinessNumber esms, Amount reservesRetenues,
      ReservesInjustifiees reservesInjustifiees, Map<Year, Amount> reductions) {
    Objects.requireNonNull(nouveauContrat, "nouveauContrat");
    Objects.requireNonNull(esms, "esms");
    Objects.requireNonNull(reservesRetenues, "reservesRetenues");
    Objects.requireNonNull(reservesInjustifiees, "reservesInjustifiees");
    Objects.requireNonNull(reductions, "reductions");
    Checks.check(nouveauContrat.basis().requiresEprd(), "nouveauContrat.basis", nouveauContrat.basis(),
        Articles.R314_43_3, "the modulation at renewal applies to a CPOM under L313-12 IV ter or L313-12-2");
    Checks.check(!nouveauContrat.startDate().isBefore(FIRST_RENEWAL), "nouveauContrat.startDate",
        nouveauContrat.startDate(), Articles.R314_43_3,
        "it applies to contracts renewed from 1 January 2025 (décret n° 2023-1428, art. 2)");
    Checks.check(nouveauContrat.esms(esms).isPresent(), "esms", esms, Articles.R314_43_3,
        "the ESMS is not in the perimeter of the contract " + nouveauContrat.id());
    Checks.check(!reservesRetenues.isNegative(), "reservesRetenues", reservesRetenues, Articles.R314_43_3,
        "the reports à nouveau and reserves that count are zero or more");
    Amount unjustified = reservesInjustifiees.montant();
    Checks.check(!unjustified.isGreaterThan(reservesRetenues), "reservesInjustifiees.montant", unjustified,
        Articles.R314_43_3, "only reports à nouveau and reserves from tariff revenue or public subsidies count, "
            + reservesRetenues + " here");

    int first = nouveauContrat.startDate().getYear();
    int last = nouveauContrat.period().endDate().getYear();
    Map<Year, Amount> sorted = new TreeMap<>();
    Amount total = Amount.ZERO;
    for (Map.Entry<Year, Amount> e : reductions.entrySet()) {
      Year y = Objects.requireNonNull(e.getKey(), "reductions key");
      Amount r = Objects.requireNonNull(e.getValue(), "reductions value");
      String field = "reductions[" + y + "]";
      Checks.check(y.getValue() >= first && y.getValue() <= last, field, y, Articles.R314_43_3,
          "the reduction falls on the tariffs of the new contract, exercices " + first + " to " + last);
      Checks.check(!r.isNegative(), field, r, Articles.R314_43_3, "a reduction is zero or more");
      sorted.put(y, r);
      total = total.plus(r);
    }
    // half, never above: an odd cent is dropped (cpom:renewal-half-cap)
    Amount plafond = Amount.ofCents(unjustified.cents() / 2);
    Checks.check(!total.isGreaterThan(plafond), "reductions", total, Articles.R314_43_3,
        "over the new contract the reductions may not exceed half of the unjustified " + unjustified + ", "
            + plafond);

    Trace trace = Trace.empty()
        .plus(StepKind.GIVEN, reservesRetenues, Articles.R314_43_3, Phrase.of(
            "Reports à nouveau et réserves issus de la tarification ou de subventions publiques",
            "Reports à nouveau and reserves from tariff revenue or public subsidies"))
        .plus(StepKind.GIVEN, unjustified, Articles.R314_43_4, Phrase.of(
            "Montant injustifié apprécié par l'autorité : ", "Unjustified amount judged by the authority: ")
            .value(String.join(" ; ", reservesInjustifiees.motifs())))
        .plus(StepKind.GIVEN, plafond, HALF_CAP_RULE, Phrase.of(
            "Plafond sur la durée du nouveau contrat : la moitié", "Cap over the new contract: half"));
    for (Map.Entry<Year, Amount> e : sorted.entrySet()) {
      trace = trace.plus(StepKind.GIVEN, e.getValue().negated(), Articles.R314_43_3,
          Phrase.of("Modulation des tarifs ", "Tariff modulation ").value(e.getKey()));
    }
    trace = trace.plus(StepKind.GIVEN, total.negated(), Articles.R314_43_3,
        Phrase.of("Modulation totale sur le nouveau contrat", "Total modulation over the new contract"));
    return new ModulationAuRenouvellement(nouveauContrat.id(), esms, reservesRetenues, reservesInjustifiees,
        plafond, sorted, total, trace);
  }
}
