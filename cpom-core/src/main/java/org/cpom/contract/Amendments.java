package org.cpom.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.TariffAuthority;

/**
 * The folding of avenants into a {@link Cpom}: the contract as signed, and the contract amended by one
 * avenant (ESMS and fiches-actions withdrawn or added, signatories added, financial-clause lines, objectives
 * and fiches-actions replaced by key, an extension), validated as a contract; a rule the amended contract
 * breaks is reported naming the avenant.
 */
final class Amendments {
  private Amendments() {}

  /** The contract as signed: the contract without its avenants. */
  static Cpom asSigned(Cpom cpom) {
    return cpom.avenants().isEmpty() ? cpom : Cpom.builder().from(cpom).avenants(List.of()).build();
  }

  /** A contract (without avenants of its own) amended by one avenant, validated. */
  static Cpom amendedBy(Cpom cpom, Avenant a) {
    Set<FinessNumber> withdrawnEsms = new HashSet<>(a.withdrawnEsms());
    for (FinessNumber f : a.withdrawnEsms()) {
      Checks.check(cpom.esms(f).isPresent(), "cpom.avenants[n°" + a.number() + "].withdrawnEsms", f, Avenant.RULE,
          "the ESMS is not in the perimeter when the avenant takes effect");
    }
    for (String id : a.withdrawnFichesActions()) {
      Checks.check(cpom.ficheAction(id).isPresent(), "cpom.avenants[n°" + a.number() + "].withdrawnFichesActions", id,
          Avenant.RULE, "no such fiche-action when the avenant takes effect");
    }
    List<Esms> perimeter = new ArrayList<>();
    cpom.perimeter().stream().filter(e -> !withdrawnEsms.contains(e.finess())).forEach(perimeter::add);
    perimeter.addAll(a.addedEsms());
    List<TariffModeClause> lines = new ArrayList<>();
    cpom.financialClause().stream()
        .filter(l -> l.esms().filter(withdrawnEsms::contains).isEmpty())
        .forEach(lines::add);
    List<FicheAction> fiches = new ArrayList<>();
    cpom.fichesActions().stream().filter(f -> !a.withdrawnFichesActions().contains(f.id())).forEach(fiches::add);
    List<TariffAuthority> signatories = new ArrayList<>(cpom.authorities());
    signatories.addAll(a.addedSignatories());
    Cpom.Builder b = Cpom.builder().from(cpom);
    b.avenants(List.of())
        .authorities(signatories)
        .perimeter(perimeter)
        .financialClause(upsert(lines, a.financialClause(), Amendments::lineKey))
        .objectives(upsert(cpom.objectives(), a.objectives(), Objective::id))
        .fichesActions(upsert(fiches, a.fichesActions(), FicheAction::id));
    a.extension().ifPresent(b::extension);
    try {
      return b.build();
    } catch (CpomValidationException e) {
      throw new CpomValidationException(e.field(), e.value(), e.rule(),
          problemOf(e) + ", in the contract as amended by avenant n°" + a.number() + " effective "
              + a.effectiveDate());
    }
  }

  /** The problem sentence of an exception, without the field, value and rule its message repeats. */
  static String problemOf(CpomValidationException e) {
    String message = String.valueOf(e.getMessage());
    String head = e.field() + " = " + e.value() + " rejected: ";
    String tail = " (" + e.rule() + ")";
    return message.startsWith(head) && message.endsWith(tail)
        ? message.substring(head.length(), message.length() - tail.length())
        : message;
  }

  static <T, K> List<T> upsert(List<T> base, List<T> changes, Function<T, K> key) {
    Map<K, T> merged = new LinkedHashMap<>();
    base.forEach(t -> merged.put(key.apply(t), t));
    changes.forEach(t -> merged.put(key.apply(t), t));
    return new ArrayList<>(merged.values());
  }

  static List<Object> lineKey(TariffModeClause l) {
    return Arrays.asList(l.esms().orElse(null), l.groupe().orElse(null), l.section().orElse(null));
  }

}
