package org.cpom.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.trace.StepKind;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/**
 * Sums the lines of classes 6 and 7 by target and key, then splits the pools. Memory grows with the targets, the
 * keys and the accounts, not with the lines. Not thread-safe: one per ventilation.
 */
final class Ventilator<K extends Comparable<? super K>> implements Consumer<LigneFec> {
  private final RattachementTable table;
  private final RepartitionKeys keys;
  private final Function<? super CompteNum, ? extends K> classifier;
  private final Map<CompteNum, Optional<K>> classified = new HashMap<>();
  private final Map<String, Map<K, Amount>> charges = new HashMap<>();
  private final Map<String, Map<K, Amount>> produits = new HashMap<>();
  private final Problems problems = new Problems();

  Ventilator(RattachementTable table, RepartitionKeys keys, Function<? super CompteNum, ? extends K> classifier) {
    this.table = Objects.requireNonNull(table, "table");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  @Override
  public void accept(LigneFec line) {
    Objects.requireNonNull(line, "line");
    char accountClass = line.compteNum().number().charAt(0);
    if (problems.stopped() || (accountClass != '6' && accountClass != '7')) {
      return;
    }
    String field = "line " + line.line() + " CompteNum";
    String number = line.compteNum().number();
    Optional<Rattachement> row;
    try {
      row = table.rowFor(line);
    } catch (CpomValidationException e) {
      problems.error(field, number, e.rule(), e.problem());
      return;
    }
    if (row.isEmpty()) {
      problems.error(field, number, RattachementTable.FORMAT_RULE, "no row of the table de rattachement ties journal "
          + line.journalCode() + " or account " + number + " to a compte de résultat");
      return;
    }
    Optional<K> key = classify(line.compteNum(), field);
    if (key.isEmpty()) {
      return;
    }
    Map<String, Map<K, Amount>> side = accountClass == '6' ? charges : produits;
    Amount amount = accountClass == '6' ? line.debit().minus(line.credit()) : line.credit().minus(line.debit());
    side.computeIfAbsent(row.get().target(), t -> new TreeMap<>()).merge(key.get(), amount, Amount::plus);
  }

  private Optional<K> classify(CompteNum account, String field) {
    Optional<K> known = classified.get(account);
    if (known != null) {
      return known;
    }
    Optional<K> key;
    try {
      key = Optional.ofNullable(classifier.apply(account));
      if (key.isEmpty()) {
        problems.error(field, account.number(), RattachementTable.FORMAT_RULE, "the classifier gives no key to the account");
      }
    } catch (CpomValidationException e) {
      problems.error(field, account.number(), e.rule(), e.problem());
      key = Optional.empty();
    }
    // an account rejected once is reported once, on its first line
    classified.put(account, key);
    return key;
  }

  Ventilation<K> finish() {
    problems.throwIfAny();
    Set<String> comptes = new LinkedHashSet<>();
    for (Rattachement r : table.rows()) {
      if (keys.weights(r.target()).isEmpty()) {
        comptes.add(r.target());
      }
    }
    for (String pool : keys.pools()) {
      comptes.addAll(keys.weights(pool).keySet());
    }
    Map<String, Map<K, Amount>> outCharges = new HashMap<>();
    Map<String, Map<K, Amount>> outProduits = new HashMap<>();
    Map<String, Amount> sharedCharges = new HashMap<>();
    Map<String, Amount> sharedProduits = new HashMap<>();
    for (String compte : comptes) {
      outCharges.put(compte, new TreeMap<>(charges.getOrDefault(compte, Map.of())));
      outProduits.put(compte, new TreeMap<>(produits.getOrDefault(compte, Map.of())));
    }
    List<TraceStep> steps = new ArrayList<>();
    for (String pool : keys.pools()) {
      split(pool, charges, outCharges, sharedCharges, StepKind.CHARGES_COMMUNES_SPLIT, steps);
      split(pool, produits, outProduits, sharedProduits, StepKind.PRODUITS_COMMUNS_SPLIT, steps);
    }
    List<ResultatDuCompte<K>> out = new ArrayList<>();
    for (String compte : comptes) {
      out.add(new ResultatDuCompte<>(compte, outCharges.get(compte), outProduits.get(compte),
          sharedCharges.getOrDefault(compte, Amount.ZERO), sharedProduits.getOrDefault(compte, Amount.ZERO)));
    }
    return new Ventilation<>(out, Trace.of(steps));
  }

  private void split(String pool, Map<String, Map<K, Amount>> in, Map<String, Map<K, Amount>> out,
      Map<String, Amount> shared, StepKind kind, List<TraceStep> steps) {
    Map<String, BigDecimal> weights = keys.weights(pool);
    BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (Map.Entry<K, Amount> total : in.getOrDefault(pool, Map.of()).entrySet()) {
      if (total.getValue().isZero()) {
        continue;
      }
      K key = total.getKey();
      Object shownKey = key instanceof Enum || key instanceof String ? key : key.toString();
      steps.add(TraceStep.of(kind, total.getValue(), RepartitionKeys.RULE, pool, shownKey));
      Map<String, Amount> parts = total.getValue().splitByWeights(weights);
      for (Map.Entry<String, Amount> part : parts.entrySet()) {
        if (!part.getValue().isZero()) {
          out.get(part.getKey()).merge(key, part.getValue(), Amount::plus);
        }
        shared.merge(part.getKey(), part.getValue(), Amount::plus);
        steps.add(TraceStep.of(StepKind.CHARGES_COMMUNES_SHARE, part.getValue(), RepartitionKeys.RULE, part.getKey(),
            weights.get(part.getKey()), sum));
      }
    }
  }
}
