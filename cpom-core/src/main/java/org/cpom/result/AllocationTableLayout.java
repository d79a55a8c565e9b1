package org.cpom.result;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cpom.contract.AllocatingParty;
import org.cpom.money.Amount;

/**
 * Lays an allocation out as the ERRD-shaped {@link AllocationTable}: the determination lines, one line per
 * kind of step, destination, account and exercice, then the balances before and after. Package-private: the
 * engine calls it once the pass has no violation.
 */
final class AllocationTableLayout {
  private AllocationTableLayout() {}

  /** Groups the movements into the lines of the ERRD-shaped table. */
  static AllocationTable layOut(AllocationPass pass, Map<String, ReserveBalances> after,
      Map<String, AllocatingParty> parties) {
    List<CompteDeResultat> comptes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    boolean rejected = false;
    for (AllocationPass.State s : pass.states().values()) {
      comptes.add(s.closing.compte());
      ids.add(s.id());
      rejected |= s.closing.rejectedExpenses().isPositive();
    }
    List<AllocationTable.Line> lines = new ArrayList<>();
    Map<String, Amount> results = zeros(ids);
    Map<String, Amount> rejections = zeros(ids);
    Map<String, Amount> toAllocate = zeros(ids);
    for (AllocationPass.State s : pass.states().values()) {
      results.put(s.id(), s.closing.result());
      rejections.put(s.id(), s.closing.rejectedExpenses());
      toAllocate.put(s.id(), s.closing.resultToAllocate());
    }
    lines.add(new AllocationTable.Line(AllocationTable.Section.DETERMINATION, "Résultat de l'exercice", null, null,
        results));
    if (rejected) {
      lines.add(new AllocationTable.Line(AllocationTable.Section.DETERMINATION, "Dépenses rejetées", null,
          Articles.R314_52, rejections));
    }
    lines.add(new AllocationTable.Line(AllocationTable.Section.DETERMINATION, "Résultat à affecter", null, null,
        toAllocate));

    // one line per kind, destination, account and exercice, in that order
    Map<List<Object>, Map<String, Amount>> groups = new TreeMap<>(AllocationTableLayout::compareKeys);
    Map<List<Object>, Movement> firsts = new LinkedHashMap<>();
    for (AllocationPass.State s : pass.states().values()) {
      for (Movement m : s.movements()) {
        if (m.kind() == MovementKind.REJECTED_EXPENSES) {
          continue; // shown in the determination lines
        }
        List<Object> key = List.of(m.kind(), m.destination().map(Enum::ordinal).orElse(-1),
            m.account().map(Enum::ordinal).orElse(-1), m.chargesExercice().map(Year::getValue).orElse(0));
        groups.computeIfAbsent(key, k -> zeros(ids)).merge(s.id(), m.amount(), Amount::plus);
        firsts.putIfAbsent(key, m);
      }
    }
    for (Map.Entry<List<Object>, Map<String, Amount>> g : groups.entrySet()) {
      Movement m = firsts.get(g.getKey());
      lines.add(new AllocationTable.Line(m.isMandatory() ? AllocationTable.Section.MANDATORY
          : AllocationTable.Section.FREE, lineLabel(m), m.account().orElse(null), m.basis(), g.getValue()));
    }

    EnumMap<ReserveAccount, Boolean> used = new EnumMap<>(ReserveAccount.class);
    for (AllocationPass.State s : pass.states().values()) {
      s.before.toMap().keySet().forEach(a -> used.put(a, true));
      after.get(s.id()).toMap().keySet().forEach(a -> used.put(a, true));
    }
    for (AllocationTable.Section section : new AllocationTable.Section[] {AllocationTable.Section.BALANCES_BEFORE,
        AllocationTable.Section.BALANCES_AFTER}) {
      for (ReserveAccount a : used.keySet()) {
        Map<String, Amount> amounts = zeros(ids);
        for (AllocationPass.State s : pass.states().values()) {
          ReserveBalances b = section == AllocationTable.Section.BALANCES_BEFORE ? s.before : after.get(s.id());
          amounts.put(s.id(), b.balance(a));
        }
        lines.add(new AllocationTable.Line(section, a.number() + " " + a.label(), a, a.legalBasis(), amounts));
      }
    }
    return new AllocationTable(comptes, parties, lines);
  }

  private static String lineLabel(Movement m) {
    StringBuilder sb = new StringBuilder(m.kind().label());
    m.destination().ifPresent(d -> sb.append(" : ").append(d.label()));
    m.account().ifPresent(a -> sb.append(" (").append(a.number()).append(')'));
    m.chargesExercice().ifPresent(y -> sb.append(' ').append(y));
    return sb.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static Map<String, Amount> zeros(List<String> ids) {
    Map<String, Amount> m = new LinkedHashMap<>();
    ids.forEach(id -> m.put(id, Amount.ZERO));
    return m;
  }
}
