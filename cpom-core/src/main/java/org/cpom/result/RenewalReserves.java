package org.cpom.result;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.trace.Phrase;
import org.cpom.trace.StepKind;
import org.cpom.trace.Trace;

/** The base of R314-43-3 from the ledger and the stated origins; see {@link ResultEngine#reservesAuRenouvellement}. */
final class RenewalReserves {
  static final LegalBasis ORIGIN_RULE = LegalBasis.convention(Convention.RENEWAL_RESERVE_ORIGIN);
  static final LegalBasis PERIOD_RULE = LegalBasis.convention(Convention.RENEWAL_REFERENCE_PERIOD);

  private RenewalReserves() {}

  static ReservesAuRenouvellement weigh(ReserveLedger ledger, Year referenceStart, Year referenceEnd,
      List<OrigineDeReserve> origins) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(referenceStart, "referenceStart");
    Objects.requireNonNull(referenceEnd, "referenceEnd");
    Checks.noNulls(origins, "origins");
    Checks.check(!referenceStart.isAfter(referenceEnd), "referenceStart", referenceStart, PERIOD_RULE,
        "the reference period starts no later than its last exercice " + referenceEnd);
    Checks.check(ledger.exercices().contains(referenceEnd), "referenceEnd", referenceEnd, PERIOD_RULE,
        "the ledger holds the exercices " + ledger.openingExercice() + " to " + ledger.latestExercice());

    // the parts stated by the caller, by compte then account, each checked against the balance it splits
    Map<String, Map<ReserveAccount, Map<OrigineDesFonds, Amount>>> stated = new LinkedHashMap<>();
    for (int i = 0; i < origins.size(); i++) {
      OrigineDeReserve o = origins.get(i);
      String field = "origins[" + i + "]";
      Checks.check(ledger.comptes().contains(o.compteId()), field + ".compteId", o.compteId(), Articles.R314_43_3,
          "the ledger knows no such compte de résultat; it knows " + ledger.comptes());
      Amount balance = ledger.balances(o.compteId(), referenceEnd).orElseThrow().balance(o.account());
      Checks.check(balance.isPositive(), field + ".account", o.account().number(), Articles.R314_43_3,
          "the compte " + o.compteId() + " holds no balance on this account at the end of " + referenceEnd);
      Map<OrigineDesFonds, Amount> byOrigin = stated.computeIfAbsent(o.compteId(), k -> new EnumMap<>(ReserveAccount.class))
          .computeIfAbsent(o.account(), k -> new EnumMap<>(OrigineDesFonds.class));
      byOrigin.merge(o.origine(), o.amount(), Amount::plus);
      Amount total = Amount.total(byOrigin.values());
      Checks.check(!total.isGreaterThan(balance), field + ".amount", o.amount(), Articles.R314_43_3,
          "the parts stated for " + o.compteId() + " " + o.account().number() + " total " + total
              + ", above its balance " + balance);
    }

    List<OrigineDeReserve> parts = new ArrayList<>();
    Trace trace = Trace.empty().plus(StepKind.GIVEN, Amount.ZERO, PERIOD_RULE,
        Phrase.of("Période de référence donnée (R314-43-5) : ", "Reference period given (R314-43-5): ")
            .value(referenceStart).text(" à ", " to ").value(referenceEnd));
    Amount counted = Amount.ZERO;
    Amount excluded = Amount.ZERO;
    for (String compte : ledger.comptes()) {
      ReserveBalances b = ledger.balances(compte, referenceEnd).orElseThrow();
      for (Map.Entry<ReserveAccount, Amount> e : b.toMap().entrySet()) {
        if (e.getKey().isDebit()) {
          continue; // not netted (cpom:renewal-reserve-origin)
        }
        Map<OrigineDesFonds, Amount> byOrigin = stated.getOrDefault(compte, Map.of()).getOrDefault(e.getKey(), Map.of());
        Amount rest = e.getValue().minus(Amount.total(byOrigin.values()));
        Map<OrigineDesFonds, Amount> all = new EnumMap<>(OrigineDesFonds.class);
        all.putAll(byOrigin);
        if (rest.isPositive()) {
          all.merge(OrigineDesFonds.PRODUITS_DE_LA_TARIFICATION, rest, Amount::plus);
        }
        for (Map.Entry<OrigineDesFonds, Amount> part : all.entrySet()) {
          OrigineDeReserve p = OrigineDeReserve.of(compte, e.getKey(), part.getKey(), part.getValue());
          parts.add(p);
          boolean defaulted = byOrigin.get(part.getKey()) == null
              || !byOrigin.get(part.getKey()).equals(part.getValue());
          trace = trace.plus(StepKind.GIVEN, p.amount(), defaulted ? ORIGIN_RULE : Articles.R314_43_3,
              Phrase.empty().value(compte).text(", compte ", ", account ").value(e.getKey().number())
                  .text(" : ", ": ").value(part.getKey())
                  .text(part.getKey().counts() ? " (retenu)" : " (exclu)", part.getKey().counts() ? " (counted)" : " (excluded)"));
          if (part.getKey().counts()) {
            counted = counted.plus(p.amount());
          } else {
            excluded = excluded.plus(p.amount());
          }
        }
      }
    }
    trace = trace
        .plus(StepKind.GIVEN, counted, Articles.R314_43_3, Phrase.of(
            "Reports à nouveau et réserves issus de la tarification ou de subventions publiques (retenus)",
            "Reports à nouveau and reserves from tariff revenue or public subsidies (counted)"))
        .plus(StepKind.GIVEN, excluded, Articles.R314_43_3, Phrase.of(
            "Reports à nouveau et réserves issus des ressources propres du gestionnaire (exclus)",
            "Reports à nouveau and reserves from the gestionnaire's own revenue (excluded)"));
    return new ReservesAuRenouvellement(referenceStart, referenceEnd, parts, counted, excluded, trace);
  }
}
