package org.cpom.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with aligned columns, for printing summaries to a terminal.
 *
 * <p>Each column has a header and an alignment; the width of a column is the widest of its header and cells,
 * counted in code points. Columns are separated by two spaces, the header is underlined with dashes, and
 * trailing spaces are removed from every line. Rendering is pure: no locale, no I/O.
 *
 * <pre>{@code
 * String text = TextTable.builder().left("FINESS").right("Places")
 *     .row("690000011", "60")
 *     .build()
 *     .render();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; its builder is not.
 */
public final class TextTable {
  /** How the text of a column is aligned. */
  public enum Align {
    /** Padded on the right. */
    LEFT,
    /** Padded on the left, for numbers. */
    RIGHT
  }

  private static final String GAP = "  ";

  private final List<String> headers;
  private final List<Align> aligns;
  private final List<List<String>> rows;

  private TextTable(List<String> headers, List<Align> aligns, List<List<String>> rows) {
    this.headers = List.copyOf(headers);
    this.aligns = List.copyOf(aligns);
    List<List<String>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(List.copyOf(r)));
    this.rows = Collections.unmodifiableList(copy);
  }

  /**
   * A builder.
   *
   * @return a new builder with no columns
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of rows, header excluded.
   *
   * @return the rows
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * The table as text: header, underline, rows, each line ending with a line feed.
   *
   * @return the text
   */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = length(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], length(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> dashes = new ArrayList<>();
    for (int w : widths) {
      dashes.add("-".repeat(w));
    }
    line(out, dashes, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        line.append(GAP);
      }
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - length(cell));
      line.append(aligns.get(c) == Align.RIGHT ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  @Override
  public String toString() {
    return render();
  }

  /** Builds a {@link TextTable}: columns first, then rows. */
  public static final class Builder {
    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a column.
     *
     * @param header the header
     * @param align the alignment
     * @return this builder
     * @throws IllegalStateException once a row has been added
     */
    public Builder column(String header, Align align) {
      if (!rows.isEmpty()) {
        throw new IllegalStateException("columns must be added before rows");
      }
      headers.add(Objects.requireNonNull(header, "header"));
      aligns.add(Objects.requireNonNull(align, "align"));
      return this;
    }

    /**
     * Adds a left-aligned column.
     *
     * @param header the header
     * @return this builder
     */
    public Builder left(String header) {
      return column(header, Align.LEFT);
    }

    /**
     * Adds a right-aligned column.
     *
     * @param header the header
     * @return this builder
     */
    public Builder right(String header) {
      return column(header, Align.RIGHT);
    }

    /**
     * Adds a row; each cell is shown by its {@code toString}, a null cell as empty.
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public Builder row(Object... cells) {
      return row(Arrays.asList(cells));
    }

    /**
     * Adds a row; each cell is shown by its {@code toString}, a null cell as empty.
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public Builder row(List<?> cells) {
      Objects.requireNonNull(cells, "cells");
      if (cells.size() != headers.size()) {
        throw new IllegalArgumentException("row has " + cells.size() + " cells for " + headers.size() + " columns");
      }
      List<String> row = new ArrayList<>();
      for (Object cell : cells) {
        String text = cell == null ? "" : cell.toString();
        if (text.indexOf('\n') >= 0) {
          throw new IllegalArgumentException("a cell cannot span lines: " + text);
        }
        row.add(text);
      }
      rows.add(row);
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalStateException if there is no column
     */
    public TextTable build() {
      if (headers.isEmpty()) {
        throw new IllegalStateException("a table needs at least one column");
      }
      return new TextTable(headers, aligns, rows);
    }
  }
}
