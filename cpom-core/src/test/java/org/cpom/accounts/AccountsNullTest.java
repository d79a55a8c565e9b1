package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entry points reject a null argument with an exception naming it. */
class AccountsNullTest {
  private static final String FEC = FecReadingTest.text(FecReadingTest.SMALL, '|');

  @Test
  void eachNullArgumentIsNamed() {
    assertThatThrownBy(() -> AccountsEngine.readFec(null)).isInstanceOf(NullPointerException.class).hasMessage("reader");
    assertThatThrownBy(() -> AccountsEngine.readFec(null, StandardCharsets.UTF_8)).hasMessage("in");
    assertThatThrownBy(() -> AccountsEngine.readFec(new ByteArrayInputStream(new byte[0]), null)).hasMessage("charset");
    assertThatThrownBy(() -> AccountsEngine.scanFec(null, l -> { })).hasMessage("reader");
    assertThatThrownBy(() -> AccountsEngine.scanFec(new StringReader(FEC), null)).hasMessage("sink");
    assertThatThrownBy(() -> AccountsEngine.trialBalance(null)).hasMessage("reader");
    assertThatThrownBy(() -> AccountsEngine.trialBalance(new StringReader(FEC), (Set<String>) null)).hasMessage("aNouveauxJournals");
    Set<String> withNull = new HashSet<>(Arrays.asList("AN", null));
    assertThatThrownBy(() -> AccountsEngine.trialBalance(new StringReader(FEC), withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("aNouveauxJournals element");
    assertThatThrownBy(() -> CompteNum.of(null)).hasMessage("number");
    assertThatThrownBy(() -> CompteNum.of("6").startsWith(null)).hasMessage("prefix");
    BalanceGenerale b = AccountsEngine.trialBalance(new StringReader(FEC));
    assertThatThrownBy(() -> b.line(null)).hasMessage("compte");
  }
}
