package org.cpom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

class TextInputTest {

  /** A stream that hands over at most a few bytes a read, so multi-byte characters straddle reads. */
  private static InputStream trickle(byte[] bytes, SplittableRandom random) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(5)));
      }
    };
  }

  private static List<String> lines(Reader reader, int max) {
    TextInput.Lines lines = new TextInput.Lines(reader, max, "t");
    List<String> all = new ArrayList<>();
    for (String l = lines.next(); l != null; l = lines.next()) {
      all.add(l);
    }
    return all;
  }

  @Test
  void theStrictReaderDecodesWhatTheJdkDecodesWhateverTheChunks() throws IOException {
    SplittableRandom random = new SplittableRandom(20261203L);
    String alphabet = "aé€😀\n\r;\"ß漢";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String text = s.toString();
      Reader r = TextInput.strictReader(trickle(text.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
      StringBuilder read = new StringBuilder();
      char[] buf = new char[1 + random.nextInt(7)];
      for (int c = r.read(buf, 0, buf.length); c >= 0; c = r.read(buf, 0, buf.length)) {
        read.append(buf, 0, c);
      }
      assertThat(read.toString()).as("case %d", i).isEqualTo(text);
    }
  }

  @Test
  void aMalformedByteIsReportedOnItsLine() {
    byte[] bytes = "ok\nalso ok\nbad \u00E9 here\n".getBytes(StandardCharsets.ISO_8859_1);
    TextInput.Lines lines = new TextInput.Lines(TextInput.strictReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8), 100, "fec");
    assertThat(lines.next()).isEqualTo("ok");
    assertThat(lines.next()).isEqualTo("also ok");
    assertThatThrownBy(lines::next).isInstanceOfSatisfying(CpomValidationException.class,
        e -> assertThat(e.field()).isEqualTo("fec line 3"));
    // ISO-8859-15 named by the caller reads the same bytes, euro sign included
    Charset latin9 = Charset.forName("ISO-8859-15");
    byte[] euro = "montant 12,00 \u20AC".getBytes(latin9);
    assertThat(lines(TextInput.strictReader(new ByteArrayInputStream(euro), latin9), 100))
        .containsExactly("montant 12,00 \u20AC");
  }

  @Test
  void linesEndWithLfCrLfOrCrAndAreBounded() {
    assertThat(lines(new StringReader("a\nb\r\nc\rd"), 10)).containsExactly("a", "b", "c", "d");
    assertThat(lines(new StringReader("a\n\nb\n"), 10)).containsExactly("a", "", "b");
    assertThat(lines(new StringReader(""), 10)).isEmpty();
    assertThat(lines(new StringReader("\r\n"), 10)).containsExactly("");
    assertThat(lines(new StringReader("1234567890\n"), 10)).containsExactly("1234567890");
    assertThatThrownBy(() -> lines(new StringReader("ok\n12345678901"), 10))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("t line 2");
          assertThat(e.getMessage()).contains("longer than 10 characters");
        });
  }

  @Test
  void fieldsSplitWithQuotesAndALimit() {
    assertThat(TextInput.split("a;b;;c", ';', 10, "f")).containsExactly("a", "b", "", "c");
    assertThat(TextInput.split("", ';', 10, "f")).containsExactly("");
    assertThat(TextInput.split("a;", ';', 10, "f")).containsExactly("a", "");
    assertThat(TextInput.split("\"a;b\";\"say \"\"hi\"\"\" ; c", ';', 10, "f")).containsExactly("a;b", "say \"hi\"", " c");
    assertThat(TextInput.split("a;b;c;\"d\";e", ';', 3, "f")).containsExactly("a", "b", "c;\"d\";e");
    assertThat(TextInput.split("a|b", '|', 10, "f")).containsExactly("a", "b");
    assertThatThrownBy(() -> TextInput.split("\"open;x", ';', 10, "f")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> TextInput.split("\"a\"b;x", ';', 10, "f")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("after the closing quote");
  }

  @Test
  void valuesAreCheckedAndShownShort() {
    assertThat(TextInput.checkValue("Personnel - intérim", "v", 50)).isEqualTo("Personnel - intérim");
    assertThat(TextInput.checkValue("", "v", 50)).isEmpty();
    for (String bad : new String[] {"=1+1", "+33", "-1", "@x", "a\tb", "a\u0085b", "a\u2029b"}) {
      assertThatThrownBy(() -> TextInput.checkValue(bad, "v", 50)).as(bad).isInstanceOf(CpomValidationException.class);
    }
    assertThatThrownBy(() -> TextInput.checkValue("x".repeat(51), "v", 50)).hasMessageContaining("longer than 50");
    assertThat(TextInput.shown("a\u0007b")).isEqualTo("\"a\\u0007b\"");
    assertThat(TextInput.shown("y".repeat(100))).startsWith("\"" + "y".repeat(60) + "\"").endsWith("(100 characters)");
  }
}
