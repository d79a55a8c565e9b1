package org.cpom.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A part of a trace label made of fixed texts, each written in French and in English, and typed values (partie
 * de libellé): the detail of a step that varies too much to have a kind of its own, e.g. how one indicator of a
 * modulation clause gives its percentage. A step carries it as one of its arguments; {@link #values()} gives
 * its typed values in order, so a reader need not parse the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Phrase implements Labelled {
  private static final Phrase EMPTY = new Phrase(List.of());

  private final List<Object> parts;

  private Phrase(List<Object> parts) {
    this.parts = parts;
  }

  /**
   * The empty phrase.
   *
   * @return a phrase with no text
   */
  public static Phrase empty() {
    return EMPTY;
  }

  /**
   * A phrase of one fixed text.
   *
   * @param french the text in French
   * @param english the text in English
   * @return the phrase
   */
  public static Phrase of(String french, String english) {
    return EMPTY.text(french, english);
  }

  /**
   * This phrase followed by a fixed text.
   *
   * @param french the text in French
   * @param english the text in English
   * @return a new phrase
   */
  public Phrase text(String french, String english) {
    return plus(new Text(Objects.requireNonNull(french, "french"), Objects.requireNonNull(english, "english")));
  }

  /**
   * This phrase followed by a value, rendered as {@link TraceLabels#format(Object, Locale)} does.
   *
   * @param value the value (an amount, a rate, a year, a text the user gave...)
   * @return a new phrase
   */
  public Phrase value(Object value) {
    return plus(Objects.requireNonNull(value, "value"));
  }

  /**
   * This phrase followed by another.
   *
   * @param other the other phrase
   * @return a new phrase
   */
  public Phrase then(Phrase other) {
    Objects.requireNonNull(other, "other");
    // a phrase is immutable: followed by nothing it is itself, and nothing followed by it is it
    if (other.parts.isEmpty()) {
      return this;
    }
    if (parts.isEmpty()) {
      return other;
    }
    List<Object> list = new ArrayList<>(parts);
    list.addAll(other.parts);
    return new Phrase(Collections.unmodifiableList(list));
  }

  private Phrase plus(Object part) {
    List<Object> list = new ArrayList<>(parts);
    list.add(part);
    return new Phrase(Collections.unmodifiableList(list));
  }

  /**
   * The typed values of the phrase, in order, without its fixed texts.
   *
   * @return an unmodifiable list
   */
  public List<Object> values() {
    List<Object> values = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Phrase) {
        values.addAll(((Phrase) p).values());
      } else if (!(p instanceof Text)) {
        values.add(p);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Whether the phrase has no part.
   *
   * @return {@code true} for the empty phrase
   */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  @Override
  public String label(Locale locale) {
    boolean fr = TraceLabels.isFrench(locale);
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      sb.append(p instanceof Text ? (fr ? ((Text) p).french : ((Text) p).english) : TraceLabels.format(p, locale));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Phrase && ((Phrase) obj).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  /** The English text. */
  @Override
  public String toString() {
    return label(Locale.ENGLISH);
  }

  private static final class Text {
    final String french;
    final String english;

    Text(String french, String english) {
      this.french = french;
      this.english = english;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Text && ((Text) obj).french.equals(french) && ((Text) obj).english.equals(english);
    }

    @Override
    public int hashCode() {
      return french.hashCode() * 31 + english.hashCode();
    }
  }
}
