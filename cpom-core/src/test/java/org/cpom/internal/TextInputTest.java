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

  @Test
  void aQuotedFieldMayEndTheLine() {
    assertThat(TextInput.split("a;\"b;c\"", ';', 10, "f")).containsExactly("a", "b;c");
    assertThat(TextInput.split("a; \"b\" ", ';', 10, "f")).containsExactly("a", "b");
    assertThat(TextInput.split("\"say \"\"hi\"\"\"", ';', 10, "f")).containsExactly("say \"hi\"");
  }

  @Test
  void aValueOfExactlyTheLongestLengthIsAcceptedAndShownWhole() {
    assertThat(TextInput.checkValue("x".repeat(50), "v", 50)).hasSize(50);
    // 60 characters are shown whole, 61 are cut
    assertThat(TextInput.shown("y".repeat(60))).isEqualTo("\"" + "y".repeat(60) + "\"");
    assertThat(TextInput.shown("y".repeat(61))).isEqualTo("\"" + "y".repeat(60) + "\"... (61 characters)");
  }

  @Test
  void theStrictReaderFillsTheBufferFromTheOffsetGiven() throws IOException {
    Reader r = TextInput.strictReader(new ByteArrayInputStream("abcdef".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    char[] buf = new char[10];
    // room for 2 at offset 3: "ab"; then room for 5 at offset 3, 4 left: "cdef"
    assertThat(r.read(buf, 3, 2)).isEqualTo(2);
    assertThat(new String(buf, 3, 2)).isEqualTo("ab");
    assertThat(r.read(buf, 3, 5)).isEqualTo(4);
    assertThat(new String(buf, 3, 4)).isEqualTo("cdef");
    assertThat(r.read(buf, 3, 5)).isEqualTo(-1);
  }

  @Test
  void aNulCharacterReadOneAtATimeIsHandedOver() throws IOException {
    // read() decodes two chars at a time: the second, here U+0000, is kept for the next call
    Reader r = TextInput.strictReader(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}), StandardCharsets.UTF_8);
    assertThat(r.read()).isEqualTo('a');
    assertThat(r.read()).isZero();
    assertThat(r.read()).isEqualTo('b');
    assertThat(r.read()).isEqualTo(-1);
  }

  @Test
  void aStreamThatHandsOverNoByteIsReadOn() throws IOException {
    // InputStream.read may not return 0 for a non-empty buffer, but a stream that does is not at its end
    InputStream stalling = new FilterInputStream(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8))) {
      private boolean stalled;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (!stalled) {
          stalled = true;
          return 0;
        }
        return super.read(b, off, len);
      }
    };
    assertThat(lines(TextInput.strictReader(stalling, StandardCharsets.UTF_8), 10)).containsExactly("abc");
  }

  @Test
  void closingTheReaderClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    TextInput.strictReader(in, StandardCharsets.UTF_8).close();
    assertThat(closed[0]).isTrue();
  }

  /** A charset whose decoder hands over one last character when flushed, as a stateful decoder may. */
  private static final Charset FLUSHING = new Charset("x-cpom-flushing", null) {
    @Override
    public boolean contains(Charset cs) {
      return false;
    }

    @Override
    public java.nio.charset.CharsetDecoder newDecoder() {
      return new java.nio.charset.CharsetDecoder(this, 1, 1) {
        @Override
        protected java.nio.charset.CoderResult decodeLoop(java.nio.ByteBuffer in, java.nio.CharBuffer out) {
          while (in.hasRemaining()) {
            if (!out.hasRemaining()) {
              return java.nio.charset.CoderResult.OVERFLOW;
            }
            out.put((char) in.get());
          }
          return java.nio.charset.CoderResult.UNDERFLOW;
        }

        @Override
        protected java.nio.charset.CoderResult implFlush(java.nio.CharBuffer out) {
          if (!out.hasRemaining()) {
            return java.nio.charset.CoderResult.OVERFLOW;
          }
          out.put('.');
          return java.nio.charset.CoderResult.UNDERFLOW;
        }
      };
    }

    @Override
    public java.nio.charset.CharsetEncoder newEncoder() {
      throw new UnsupportedOperationException();
    }
  };

  @Test
  void whatTheDecoderHoldsAtTheEndIsFlushedAndHandedOver() {
    Reader r = TextInput.strictReader(new ByteArrayInputStream("ab".getBytes(StandardCharsets.US_ASCII)), FLUSHING);
    assertThat(lines(r, 10)).containsExactly("ab.");
  }
}
