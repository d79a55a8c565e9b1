package org.cpom.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * Reading text that comes from outside (an account table, an accounting export): strict decoding, bounded
 * lines and fields, and no invisible or spreadsheet-active characters in the values kept.
 *
 * <p>Malformed bytes are reported with their line, never replaced by {@code U+FFFD}; a line or a field
 * longer than its bound is rejected without being held whole; messages quote at most {@value #SHOWN}
 * characters of the offending text.
 */
public final class TextInput {
  /** Characters of a text quoted in a message. */
  public static final int SHOWN = 60;
  private static final LegalBasis RULE = LegalBasis.convention(Convention.TEXT_INPUT);

  private TextInput() {}

  /**
   * A reader that decodes a stream strictly: a malformed or unmappable byte sequence fails the read.
   *
   * @param in the stream
   * @param charset the charset the caller names, such as UTF-8 or ISO-8859-15
   * @return the reader
   */
  public static Reader strictReader(InputStream in, Charset charset) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(charset, "charset");
    return new StrictReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Decodes like {@code InputStreamReader} with a reporting decoder, but hands over the characters decoded
   * before a malformed sequence first, so that the error is reported on the line it is on (the JDK's reader
   * throws at the first read of the chunk that holds it).
   */
  private static final class StrictReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private CoderResult error;
    private boolean eof;
    private boolean flushed;
    private int leftover = -1;

    StrictReader(InputStream in, CharsetDecoder decoder) {
      this.in = in;
      this.decoder = decoder;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (leftover >= 0) {
        cbuf[off] = (char) leftover;
        leftover = -1;
        return 1;
      }
      if (len == 1) {
        // a supplementary character needs two chars: decode into a pair, hand over one, keep the other
        char[] pair = new char[2];
        int n = read(pair, 0, 2);
        if (n > 0) {
          cbuf[off] = pair[0];
          if (n == 2) {
            leftover = pair[1];
          }
          return 1;
        }
        return n;
      }
      CharBuffer out = CharBuffer.wrap(cbuf, off, len);
      while (true) {
        if (error == null && !flushed) {
          CoderResult r = decoder.decode(bytes, out, eof);
          if (r.isError()) {
            error = r;
          } else if (r.isOverflow()) {
            return out.position() - off;
          }
        }
        if (out.position() > off) {
          return out.position() - off;
        }
        if (error != null) {
          error.throwException();
        }
        if (eof) {
          if (!flushed) {
            flushed = true;
            CoderResult r = decoder.flush(out);
            if (r.isOverflow()) {
              // a decoder holding more output than this call's room: no JDK charset in use does so
              throw new IOException("decoder output larger than the read buffer");
            }
            continue;
          }
          return -1;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * A text for a message: quoted, cut to {@value #SHOWN} characters, control characters shown as escapes.
   *
   * @param text the text
   * @return the text to show
   */
  public static String shown(CharSequence text) {
    String s = text.toString();
    boolean cut = s.length() > SHOWN;
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < Math.min(s.length(), SHOWN); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
    return cut ? b + "... (" + s.length() + " characters)" : b.toString();
  }

  /**
   * Checks a value read from outside: at most {@code maxLength} characters, no control character (a
   * tabulation aside, where {@code allowTab}), no line or paragraph separator, and no leading {@code =},
   * {@code +}, {@code -} or {@code @}, which a spreadsheet would run as a formula when the value is exported
   * again.
   *
   * @param value the value
   * @param field the field named in an error
   * @param maxLength the longest value accepted
   * @return the value
   * @throws CpomValidationException naming the field if the value breaks one of these rules
   */
  public static String checkValue(String value, String field, int maxLength) {
    Objects.requireNonNull(value, field);
    Checks.check(value.length() <= maxLength, field, shown(value), RULE, "longer than " + maxLength + " characters");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      Checks.check(!Character.isISOControl(c) && c != '\u2028' && c != '\u2029', field, shown(value), RULE,
          String.format(Locale.ROOT, "control character U+%04X at %d", (int) c, i));
    }
    if (!value.isEmpty()) {
      char first = value.charAt(0);
      Checks.check(first != '=' && first != '+' && first != '-' && first != '@', field, shown(value), RULE,
          "starts with '" + first + "', which a spreadsheet would read as a formula");
    }
    return value;
  }

  /**
   * Splits a line into at most {@code limit} fields at a separator; a field may be quoted with {@code "} (a
   * quote inside written {@code ""}), so that it can hold the separator. The last field, when the limit is
   * reached, is the rest of the line as it stands, separators and quotes included (like {@link
   * String#split(String, int)}).
   *
   * @param line the line
   * @param separator the separator
   * @param limit the most fields, at least 1
   * @param field the field named in an error (the line)
   * @return the fields, unquoted
   * @throws CpomValidationException if a quoted field is not closed, or text follows its closing quote
   */
  public static List<String> split(String line, char separator, int limit, String field) {
    List<String> fields = new ArrayList<>(Math.min(limit, 32));
    StringBuilder current = null;
    int i = 0;
    int n = line.length();
    while (true) {
      if (fields.size() == limit - 1) {
        fields.add(line.substring(i));
        return fields;
      }
      // spaces before an opening quote are tolerated, as spreadsheet tools write them
      int start = i;
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && line.charAt(i) == '"') {
        if (current == null) {
          current = new StringBuilder();
        }
        current.setLength(0);
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              current.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            current.append(c);
          }
        }
        Checks.check(closed, field, shown(line), RULE, "a quoted field is not closed");
        while (i < n && line.charAt(i) == ' ') {
          i++;
        }
        Checks.check(i == n || line.charAt(i) == separator, field, shown(line), RULE,
            "text after the closing quote of a field");
        fields.add(current.toString());
      } else {
        // an unquoted field is the text up to the separator, taken as it stands without copying char by char
        int end = line.indexOf(separator, start);
        i = end < 0 ? n : end;
        fields.add(line.substring(start, i));
      }
      if (i >= n) {
        return fields;
      }
      i++; // the separator
    }
  }

  /**
   * The lines of a text, one at a time, each at most a given length; {@code \n}, {@code \r\n} and {@code \r}
   * end a line. A line longer than the bound is rejected as soon as the bound is passed, without being read
   * whole, and a decoding error is reported with the number of the line it is on.
   */
  public static final class Lines {
    private final Reader reader;
    private final int maxLength;
    private final String field;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int number;
    private boolean pendingLf;

    /**
     * Lines of a reader.
     *
     * @param reader the text; read to its end, not closed
     * @param maxLength the longest line accepted, in characters
     * @param field what the lines are, for errors ({@code "accountMapping"} gives {@code "accountMapping line 3"})
     */
    public Lines(Reader reader, int maxLength, String field) {
      this.reader = Objects.requireNonNull(reader, "reader");
      this.maxLength = maxLength;
      this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * The number of the line last returned, from 1.
     *
     * @return the line number
     */
    public int number() {
      return number;
    }

    /**
     * The next line, without its end.
     *
     * @return the line, or null at the end of the text
     * @throws CpomValidationException if the line is too long or holds a malformed byte sequence
     * @throws UncheckedIOException if the reader fails otherwise
     */
    public String next() {
      // the line is cut from the buffer in one piece; a builder holds it only when it spans two reads
      StringBuilder line = null;
      while (true) {
        if (position == limit && !fill(line == null ? 0 : line.length())) {
          if (line == null || line.length() == 0) {
            return null;
          }
          number++;
          return line.toString();
        }
        if (pendingLf) {
          pendingLf = false;
          if (buffer[position] == '\n') {
            position++;
            continue;
          }
        }
        int held = line == null ? 0 : line.length();
        int start = position;
        for (int i = start; i < limit; i++) {
          char c = buffer[i];
          if (c == '\n' || c == '\r') {
            pendingLf = c == '\r';
            position = i + 1;
            number++;
            return line == null ? new String(buffer, start, i - start) : line.append(buffer, start, i - start).toString();
          }
          if (held + i - start == maxLength) {
            StringBuilder shown = line == null ? new StringBuilder() : line;
            throw new CpomValidationException(field + " line " + (number + 1), shown(shown.append(buffer, start,
                i - start)), RULE, "longer than " + maxLength + " characters");
          }
        }
        if (line == null) {
          line = new StringBuilder(Math.max(16, 2 * (limit - start)));
        }
        line.append(buffer, start, limit - start);
        position = limit;
      }
    }

    private boolean fill(int partial) {
      try {
        int read = reader.read(buffer, 0, buffer.length);
        if (read <= 0) {
          return false;
        }
        position = 0;
        limit = read;
        return true;
      } catch (CharacterCodingException e) {
        throw new CpomValidationException(field + " line " + (number + 1), "byte sequence after " + partial
            + " characters", RULE, "malformed or unmappable in the text's charset (" + e.getClass().getSimpleName() + ")");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
