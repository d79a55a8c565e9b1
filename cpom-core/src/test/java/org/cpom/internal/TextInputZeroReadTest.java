package org.cpom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.Reader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A reader that reads nothing (0 chars, against the Reader contract) ends the text rather than spinning. */
class TextInputZeroReadTest {
  /** Gives "ab", then 0 chars on every read. */
  private static final class ZeroAfterAb extends Reader {
    private boolean given;

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (given) {
        return 0;
      }
      given = true;
      cbuf[off] = 'a';
      cbuf[off + 1] = 'b';
      return 2;
    }

    @Override
    public void close() {}
  }

  @Test
  void aReadOfZeroCharsEndsTheText() {
    TextInput.Lines lines = new TextInput.Lines(new ZeroAfterAb(), 100, "t");
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(lines.next()).isEqualTo("ab");
      assertThat(lines.next()).isNull();
    });
    assertThat(lines.number()).isEqualTo(1);
  }
}
