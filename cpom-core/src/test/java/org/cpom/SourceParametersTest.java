package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.Locale;
import java.util.Set;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.finance.AssietteEndettement;
import org.cpom.finance.CafAccounts;
import org.cpom.finance.FinanceEngine;
import org.cpom.finance.Seuils;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The parameter names the strict null sweep reads from the sources. */
class SourceParametersTest {
  @Test
  void namesAreReadFromTheDeclarationOfTheRightOverload() throws Exception {
    assertThat(SourceParameters.name(FinanceEngine.class.getMethod("enJours", Amount.class, Amount.class, int.class),
        1)).isEqualTo("charges");
    assertThat(SourceParameters.name(FinanceEngine.class.getMethod("ratios", BalanceGenerale.class, Year.class,
        CafAccounts.class, AssietteEndettement.class, Seuils.class), 4)).isEqualTo("seuils");
    assertThat(SourceParameters.name(FinanceEngine.class.getMethod("ratios", BalanceGenerale.class, Year.class), 1))
        .isEqualTo("exercice");
    // generic parameters, and a method first met as a call in the same file
    assertThat(SourceParameters.name(CafAccounts.class.getMethod("of", Set.class, Set.class), 1))
        .isEqualTo("produitsCalcules");
    // a default method of an interface in another package
    assertThat(SourceParameters.name(AssietteEndettement.class.getMethod("label", Locale.class), 0))
        .isEqualTo("locale");
  }

  @Test
  void aMethodWithoutADeclarationInTheSourcesFails() throws Exception {
    assertThatThrownBy(() -> SourceParameters.name(String.class.getMethod("concat", String.class), 0))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> SourceParameters.name(FinanceEngine.class.getMethod("ratios", BalanceGenerale.class,
        Year.class), 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
