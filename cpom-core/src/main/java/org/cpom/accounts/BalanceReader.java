package org.cpom.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cpom.CpomValidationException;
import org.cpom.internal.TextInput;
import org.cpom.money.Amount;

/** One read of a trial balance in a declared layout. Not thread-safe; one instance per read. */
final class BalanceReader {
  private final BalanceColumns columns;
  private final Problems problems = new Problems();
  private final Numbers.Problem numberProblem = new Numbers.Problem();
  private final Map<CompteNum, BalanceLine> lines = new TreeMap<>();
  private final Map<CompteNum, Long> firstLine = new HashMap<>();
  private List<String> header;
  private long current;

  BalanceReader(BalanceColumns columns) {
    this.columns = columns;
  }

  BalanceGenerale read(TextInput.Lines in) {
    String head = next(in);
    if (head == null) {
      if (problems.none()) {
        problems.error("balance line 1", "", Articles.TRIAL_BALANCE, "empty file: the first line names the columns");
      }
      problems.throwIfAny();
    }
    int[] at = header(head.startsWith("\uFEFF") ? head.substring(1) : head);
    problems.throwIfAny();
    String text;
    while (!problems.stopped() && (text = next(in)) != null) {
      current = in.number();
      line(text, at);
    }
    if (!problems.stopped() && problems.none()) {
      totals();
    }
    problems.throwIfAny();
    return new BalanceGenerale(new ArrayList<>(lines.values()), Set.of(), null);
  }

  private String next(TextInput.Lines in) {
    try {
      return in.next();
    } catch (CpomValidationException e) {
      problems.fatal(e.violation());
      return null;
    }
  }

  /** The index of each declared column: compte, libelle, movements, opening (or -1), closing (or -1). */
  private int[] header(String head) {
    try {
      header = TextInput.split(head, columns.separator(), Integer.MAX_VALUE, "balance line 1");
    } catch (CpomValidationException e) {
      problems.error("balance line 1", TextInput.shown(head), Articles.TRIAL_BALANCE, e.problem());
      return null;
    }
    String[] names = {columns.compte(), columns.libelle(), columns.movementDebit(), columns.movementCredit(),
        columns.openingDebit().orElse(null), columns.openingCredit().orElse(null),
        columns.closingDebit().orElse(null), columns.closingCredit().orElse(null)};
    int[] at = new int[names.length];
    for (int k = 0; k < names.length; k++) {
      at[k] = -1;
      if (names[k] == null) {
        continue;
      }
      String wanted = FecParser.fold(names[k]);
      for (int i = 0; i < header.size(); i++) {
        if (FecParser.fold(header.get(i)).equals(wanted)) {
          at[k] = i;
          break;
        }
      }
      if (at[k] < 0) {
        problems.error("balance line 1", TextInput.shown(head), Articles.TRIAL_BALANCE,
            "no column named " + TextInput.shown(names[k]));
      }
    }
    return at;
  }

  private String where(int column) {
    return "balance line " + current + " " + header.get(column);
  }

  private void line(String text, int[] at) {
    if (text.isEmpty()) {
      problems.error("balance line " + current, "", Articles.TRIAL_BALANCE, "empty line");
      return;
    }
    List<String> f;
    try {
      f = TextInput.split(text, columns.separator(), header.size() + 1, "balance");
    } catch (CpomValidationException e) {
      problems.error("balance line " + current, TextInput.shown(text), Articles.TRIAL_BALANCE, e.problem());
      return;
    }
    if (f.size() != header.size()) {
      problems.error("balance line " + current, TextInput.shown(text), Articles.TRIAL_BALANCE, header.size()
          + " fields expected as in the header, " + (f.size() > header.size() ? "more" : f.size()) + " found");
      return;
    }
    int before = problems.count();
    String number = Numbers.trim(f.get(at[0]));
    String compteProblem = CompteNum.problem(number);
    if (compteProblem != null) {
      problems.error(where(at[0]), TextInput.shown(number), Articles.TRIAL_BALANCE, compteProblem);
    }
    String libelle = Numbers.trim(f.get(at[1]));
    String labelProblem = libelle.isEmpty() ? "empty" : Numbers.textProblem(libelle, FecParser.MAX_FIELD);
    if (labelProblem != null) {
      problems.error(where(at[1]), TextInput.shown(libelle), Articles.TRIAL_BALANCE, labelProblem);
    }
    long[] v = new long[6];
    for (int k = 0; k < 6; k++) {
      int column = at[k + 2];
      if (column >= 0) {
        String value = Numbers.trim(f.get(column));
        v[k] = Numbers.parse(value, columns.decimal(), 2, 16, numberProblem);
        if (v[k] == Numbers.INVALID) {
          problems.error(where(column), TextInput.shown(value), Articles.TRIAL_BALANCE, numberProblem.text);
          v[k] = 0;
        }
      }
    }
    if (problems.count() > before) {
      return;
    }
    CompteNum compte = CompteNum.checked(number);
    Long first = firstLine.putIfAbsent(compte, current);
    if (first != null) {
      problems.error(where(at[0]), number, Articles.TRIAL_BALANCE, "account given twice, first on line " + first);
      return;
    }
    if (lines.size() >= BalanceGenerale.MAX_ACCOUNTS) {
      problems.fatal(where(at[0]), number, Articles.TRIAL_BALANCE,
          "more than " + BalanceGenerale.MAX_ACCOUNTS + " accounts");
      return;
    }
    BalanceLine line = new BalanceLine(compte, libelle, Amount.ofCents(v[2]), Amount.ofCents(v[3]),
        Amount.ofCents(v[0]), Amount.ofCents(v[1]));
    if (at[6] >= 0 && (line.amounts().closingDebit().cents() != v[4] || line.amounts().closingCredit().cents() != v[5])) {
      problems.error(where(at[6]), Amount.ofCents(v[4]) + " | " + Amount.ofCents(v[5]), Articles.TRIAL_BALANCE,
          "the closing balance differs from the opening balance plus the movements: "
              + line.amounts().closingDebit() + " | " + line.amounts().closingCredit());
      return;
    }
    lines.put(compte, line);
  }

  /** The totals of a balance balance: its closing debits equal its closing credits. */
  private void totals() {
    Amount debit = Amount.ZERO;
    Amount credit = Amount.ZERO;
    for (BalanceLine l : lines.values()) {
      debit = debit.plus(l.amounts().closingDebit());
      credit = credit.plus(l.amounts().closingCredit());
    }
    if (!debit.equals(credit)) {
      problems.error("balance", "closing debit " + debit + ", closing credit " + credit, Articles.TRIAL_BALANCE,
          "does not balance: closing debits minus credits is " + debit.minus(credit));
    }
  }
}
