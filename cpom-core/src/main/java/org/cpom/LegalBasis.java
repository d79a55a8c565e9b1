package org.cpom;

import java.io.Serializable;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.Languages;

/**
 * Where a figure or a rule comes from, as a typed value: an article of law, a clause of the contract, a
 * convention of the library, or a basis the caller gave as free text. The same type is the rule of a
 * {@link org.cpom.CpomValidationException}, of an allocation {@link org.cpom.Violation} and the basis of a
 * {@link org.cpom.trace.TraceStep}.
 *
 * <ul>
 *   <li>{@link Kind#LAW}: a code or text and its article. {@code LegalBasis.casf("R314-107")} reads
 *       "CASF R314-107"; {@code LegalBasis.law("Code du travail", "L3133-1")} reads "Code du travail L3133-1".
 *   <li>{@link Kind#CLAUSE}: a clause of the contract. {@code LegalBasis.clause("art. 4.2")} reads
 *       "CPOM clause art. 4.2".
 *   <li>{@link Kind#CONVENTION}: a {@link Convention} of the library, with its stable identifier.
 *       {@code LegalBasis.convention(Convention.LARGEST_REMAINDER)} reads
 *       "cpom convention cpom:largest-remainder (largest-remainder split)".
 *   <li>{@link Kind#GIVEN}: free text the caller gave, such as the basis of an adjustment; the library does not
 *       interpret it. {@code LegalBasis.given("arrêté du 3 mars 2017")} reads "arrêté du 3 mars 2017".
 * </ul>
 *
 * <p>A {@link Kind#LAW} basis is structured: one or more {@linkplain #articles() articles} of one source, each an
 * article and its paragraph ("R314-234 4°"), never a list or a comment; a {@linkplain #withNote(String) note}
 * kept apart from them ("CASF R314-210 (secondary source)"); and the article of another code
 * {@linkplain #through(LegalBasis) through} which they apply ("CSS R174-9 (CASF R314-111)").
 *
 * <p>A figure or a rule that rests on an article and on the way cpom reads it carries both:
 * {@link #readWith(Convention)} gives the article or clause with the convention it is read with.
 *
 * <p>Two bases are equal when they have the same kind and the same parts. This class is immutable and
 * thread-safe.
 */
public final class LegalBasis implements Serializable {
  private static final long serialVersionUID = 3L;

  /** What a basis is. */
  public enum Kind {
    /** An article of a code or of a legal text (CASF, CSS, Code du travail, an arrêté, a décret). */
    LAW,
    /** A clause of the contract. */
    CLAUSE,
    /** A convention of the library ({@link Convention}). */
    CONVENTION,
    /** A basis the caller gave as free text. */
    GIVEN
  }

  /** The prefix of the text of every convention: "cpom convention". */
  public static final String CONVENTION_PREFIX = "cpom convention";

  private final Kind kind;
  /** LAW: the code or text; otherwise null. */
  private final String source;
  /** LAW: the first article; CLAUSE: the clause; otherwise null. */
  private final String article;
  /** LAW: every article, the first one first; otherwise empty. */
  private final List<String> articles;
  /** LAW: a note on the articles, kept apart from them; otherwise null. */
  private final String note;
  /** LAW: the article of another source through which these articles apply; otherwise null. */
  private final LegalBasis through;
  /** CONVENTION: the convention; otherwise null. */
  private final Convention convention;
  private final String text;

  private LegalBasis(Kind kind, String source, String article, Convention convention, String text) {
    this(kind, source, article == null || kind != Kind.LAW ? List.of() : List.of(article), null, null, convention,
        text, article);
  }

  private LegalBasis(Kind kind, String source, List<String> articles, String note, LegalBasis through,
      Convention convention, String text, String article) {
    this.kind = kind;
    this.source = source;
    this.article = article;
    this.articles = articles;
    this.note = note;
    this.through = through;
    this.convention = convention;
    this.text = text;
  }

  /**
   * One or more articles of a code or of a legal text, cited together. Each argument is one article and any
   * paragraph ("R314-234 4°", "L313-12 IV ter"), never a list or a comment: a comment goes in
   * {@link #withNote(String)}, and an article of another code through which these apply in
   * {@link #through(LegalBasis)}.
   *
   * <p>Example: {@code LegalBasis.law("Code du travail", "L3133-1", "L3134-13")} reads
   * "Code du travail L3133-1, L3134-13".
   *
   * @param source the code or text, such as {@code "CSS"}, {@code "Code du travail"} or
   *     {@code "arrêté du 3 mars 2017"}, not blank
   * @param article the (first) article and any paragraph, such as {@code "R174-9"}, not blank
   * @param more the other articles cited with it, each not blank
   * @return the basis, reading source + " " + the articles joined by ", "
   */
  public static LegalBasis law(String source, String article, String... more) {
    String s = Checks.notBlank(Objects.requireNonNull(source, "source"), "source").trim();
    Objects.requireNonNull(more, "more");
    List<String> all = new ArrayList<>(1 + more.length);
    all.add(Checks.notBlank(Objects.requireNonNull(article, "article"), "article").trim());
    for (String m : more) {
      all.add(Checks.notBlank(Objects.requireNonNull(m, "more"), "article").trim());
    }
    List<String> articles = List.copyOf(all);
    return new LegalBasis(Kind.LAW, s, articles, null, null, null, s + " " + String.join(", ", articles),
        articles.get(0));
  }

  /**
   * One or more articles of the Code de l'action sociale et des familles.
   *
   * @param article the (first) article and any paragraph, such as {@code "R314-43-2 III"}
   * @param more the other articles cited with it, such as {@code "R314-222 II 2°"}
   * @return the basis "CASF " + the articles joined by ", "
   */
  public static LegalBasis casf(String article, String... more) {
    return law("CASF", article, more);
  }

  /**
   * One or more articles of the Code de la sécurité sociale.
   *
   * @param article the (first) article and any paragraph, such as {@code "R174-9"}
   * @param more the other articles cited with it
   * @return the basis "CSS " + the articles joined by ", "
   */
  public static LegalBasis css(String article, String... more) {
    return law("CSS", article, more);
  }

  /**
   * These articles with a note on how they are cited, kept apart from the articles: which part of them applies
   * ("1° a" of R314-234, applied by its 4°), what the text is about ("groupes fonctionnels"), or where it is
   * known from ("secondary source"). The note is shown, not read by the library.
   *
   * <p>Example: {@code LegalBasis.casf("R314-210").withNote("secondary source")} reads
   * "CASF R314-210 (secondary source)".
   *
   * @param note the note, not blank
   * @return the basis, reading this basis's text + " (" + note + ")"
   * @throws IllegalStateException if this basis is not of kind {@link Kind#LAW}, or already has a note or a
   *     convention
   */
  public LegalBasis withNote(String note) {
    String n = Checks.notBlank(Objects.requireNonNull(note, "note"), "note").trim();
    if (kind != Kind.LAW || this.note != null || convention != null) {
      throw new IllegalStateException("only articles without note or convention take a note, not " + text);
    }
    return new LegalBasis(kind, source, articles, n, through, null, text + " (" + n + ")", article);
  }

  /**
   * These articles applied through an article of another code or text, such as the CSS articles on the payment
   * of the assurance-maladie that CASF R314-111 makes apply to the ESMS.
   *
   * <p>Example: {@code LegalBasis.css("R174-9").through(LegalBasis.casf("R314-111"))} reads
   * "CSS R174-9 (CASF R314-111)".
   *
   * @param other the article through which these apply: a basis of kind {@link Kind#LAW} of another source,
   *     without note, other source or convention
   * @return the basis, reading this basis's text + " (" + the other's text + ")"
   * @throws IllegalStateException if this basis or {@code other} is not of kind {@link Kind#LAW}, either already
   *     has a note, another source or a convention, or both have the same source
   */
  public LegalBasis through(LegalBasis other) {
    Objects.requireNonNull(other, "other");
    requireBareLaw("another source");
    other.requireBareLaw("the role of another source");
    if (other.source.equals(source)) {
      throw new IllegalStateException("articles of one source are cited together, not through each other: "
          + text + ", " + other.text);
    }
    return new LegalBasis(kind, source, articles, null, other, null, text + " (" + other.text + ")", article);
  }

  private void requireBareLaw(String what) {
    if (kind != Kind.LAW || note != null || through != null || convention != null) {
      throw new IllegalStateException("only articles without note, other source or convention take " + what
          + ", not " + text);
    }
  }

  /**
   * A clause of the contract itself.
   *
   * @param clause the clause, such as {@code "art. 4.2"}
   * @return the basis "CPOM clause " + clause
   */
  public static LegalBasis clause(String clause) {
    String c = Checks.notBlank(Objects.requireNonNull(clause, "clause"), "clause").trim();
    return new LegalBasis(Kind.CLAUSE, null, c, null, "CPOM clause " + c);
  }

  /**
   * A convention of the library.
   *
   * @param convention the convention
   * @return the basis, reading "cpom convention " + its id + " (" + its title + ")"
   */
  public static LegalBasis convention(Convention convention) {
    Objects.requireNonNull(convention, "convention");
    // built once per convention: the engines cite conventions in every trace
    return Conventions.ALL[convention.ordinal()];
  }

  /** The basis of each convention, by ordinal; a holder class, so it is built on first use. */
  private static final class Conventions {
    static final LegalBasis[] ALL = all();

    private static LegalBasis[] all() {
      Convention[] values = Convention.values();
      LegalBasis[] all = new LegalBasis[values.length];
      for (Convention c : values) {
        all[c.ordinal()] = new LegalBasis(Kind.CONVENTION, null, null, c,
            CONVENTION_PREFIX + " " + c.id() + " (" + c.title() + ")");
      }
      return all;
    }
  }

  /**
   * This article or clause read with a convention of the library, for a figure or a rule that rests on both: the
   * text, and the way cpom reads it where the text is silent or leaves a choice (such as CASF R314-43-2 III, whose
   * gap {@link Convention#GAP_MEASURE} measures). The basis keeps its kind, code and article, and its
   * {@link #convention()} is the convention read with it.
   *
   * <p>Example: {@code LegalBasis.casf("R314-43-1").readWith(Convention.DOTATION_STEPS)} reads
   * "CASF R314-43-1; cpom convention cpom:dotation-steps (the order of a dotation's steps)".
   *
   * @param convention the convention the text is read with
   * @return the basis, reading this basis's text + "; " + the text of {@link #convention(Convention)}
   * @throws IllegalStateException if this basis is not of kind {@link Kind#LAW} or {@link Kind#CLAUSE}, or
   *     already holds a convention
   */
  public LegalBasis readWith(Convention convention) {
    Objects.requireNonNull(convention, "convention");
    if (kind != Kind.LAW && kind != Kind.CLAUSE || this.convention != null) {
      throw new IllegalStateException("only an article or a clause without a convention is read with one, not "
          + text);
    }
    return new LegalBasis(kind, source, articles, note, through, convention,
        text + "; " + convention(convention).text(), article);
  }

  /**
   * A basis the caller gave as free text, such as the basis of an adjustment ({@code "arrêté du 3 mars 2017"}).
   * The library keeps it as given (trimmed) and does not read it.
   *
   * @param text the reference, not blank
   * @return the basis
   */
  public static LegalBasis given(String text) {
    Objects.requireNonNull(text, "text");
    return new LegalBasis(Kind.GIVEN, null, null, null, Checks.notBlank(text, "legalBasis").trim());
  }

  /**
   * What the basis is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The code or legal text of a {@link Kind#LAW} basis, such as {@code "CASF"}.
   *
   * @return the source, empty for the other kinds
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The article of a {@link Kind#LAW} basis (such as {@code "R314-107"}) or the clause of a {@link Kind#CLAUSE}
   * basis (such as {@code "art. 4.2"}).
   *
   * @return the article or clause, empty for the other kinds
   */
  public Optional<String> article() {
    return Optional.ofNullable(article);
  }

  /**
   * Every article of a {@link Kind#LAW} basis, the first one ({@link #article()}) first: {@code ["R314-234 4°",
   * "R314-222 II 2°"]} for {@code LegalBasis.casf("R314-234 4°", "R314-222 II 2°")}.
   *
   * @return the articles, immutable, empty for the other kinds
   */
  public List<String> articles() {
    return articles;
  }

  /**
   * The note of a {@link Kind#LAW} basis ({@link #withNote(String)}), such as {@code "secondary source"}.
   *
   * @return the note, empty when there is none
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * The article of another code or text through which the articles of a {@link Kind#LAW} basis apply
   * ({@link #through(LegalBasis)}), such as CASF R314-111 for CSS R174-9.
   *
   * @return the other basis, empty when there is none
   */
  public Optional<LegalBasis> through() {
    return Optional.ofNullable(through);
  }

  /**
   * The convention of a {@link Kind#CONVENTION} basis, or the convention an article or clause is
   * {@linkplain #readWith(Convention) read with}.
   *
   * @return the convention, empty for a basis that holds none
   */
  public Optional<Convention> convention() {
    return Optional.ofNullable(convention);
  }

  /**
   * The basis as text: "CASF R314-107", "CPOM clause art. 4.2",
   * "cpom convention cpom:largest-remainder (largest-remainder split)", the text given, or an article and the
   * convention it is read with ("CASF R314-43-1; cpom convention cpom:dotation-steps (the order of a dotation's
   * steps)").
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The basis in French or English (libellé), for a trace or a report in that language. English is
   * {@link #text()}. French reads the same parts with French words:
   * <ul>
   *   <li>{@link Kind#LAW}: the code and the article, which are the same in both languages, with the few
   *       connecting words the library writes into an article rendered in French ("R174-16-1 to R174-16-5" reads
   *       "R174-16-1 à R174-16-5", "; approval CASF R314-231" reads " ; approbation CASF R314-231",
   *       "(secondary source)" reads "(source secondaire)"), and any clause or convention written into it in
   *       French;
   *   <li>{@link Kind#CLAUSE}: "clause du CPOM art. 7.2";
   *   <li>{@link Kind#CONVENTION}: "convention cpom:largest-remainder (répartition au plus fort reste)", with the
   *       convention's {@linkplain Convention#title(Locale) French title};
   *   <li>{@link Kind#GIVEN}: the text as given, untranslated;
   *   <li>an article {@linkplain #readWith(Convention) read with} a convention: the article, " ; " and the
   *       convention, both in French.
   * </ul>
   *
   * <p>The connecting words are a small fixed table rather than a structure of the article: the articles are
   * written by the library itself, in a handful of shapes, and the table keeps {@link #text()} (used by exception
   * messages and tests) exactly as it was.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH} (any country variant)
   * @return the label in that language
   * @throws CpomValidationException if the locale's language is neither French nor English
   *     ({@link Convention#LABEL_LANGUAGES})
   */
  public String label(Locale locale) {
    if (!Languages.isFrench(locale)) {
      return text;
    }
    String base;
    switch (kind) {
      case LAW:
        StringBuilder b = new StringBuilder(source).append(' ')
            .append(frenchWords(frenchParts(String.join(", ", articles))));
        if (note != null) {
          b.append(' ').append(frenchWords(frenchParts("(" + note + ")")));
        }
        if (through != null) {
          b.append(" (").append(through.label(locale)).append(')');
        }
        base = b.toString();
        break;
      case CLAUSE:
        base = FRENCH_CLAUSE_PREFIX + article;
        break;
      case CONVENTION:
        return frenchConvention(convention);
      default:
        return text;
    }
    return convention == null ? base : base + " ; " + frenchConvention(convention);
  }

  /** The French prefix of a clause: "clause du CPOM ". */
  private static final String FRENCH_CLAUSE_PREFIX = "clause du CPOM ";

  /**
   * The connecting words the library writes into its articles, English then French, applied in order (longest
   * phrases first, so that their inner " and " is translated with them).
   */
  private static final String[][] FRENCH_WORDS = {
      {"; payment day: ", "; jour de paiement : "},
      {"(payment day: ", "(jour de paiement : "},
      {"; approval ", "; approbation "},
      {"(secondary source)", "(source secondaire)"},
      {"(one year of allocation: 110 and 119 never together)",
          "(une affectation par an : 110 et 119 jamais ensemble)"},
      {"(EHPAD soins and dépendance sections)", "(sections soins et dépendance de l'EHPAD)"},
      {"fiche-action indicator", "indicateur de fiche-action"},
      {" to ", " à "},
      {" and ", " et "},
  };

  /** "convention cpom:x (titre)": a convention in French. */
  private static String frenchConvention(Convention convention) {
    return "convention " + convention.id() + " (" + convention.title(Locale.FRENCH) + ")";
  }

  /** The bases composed into a text, in French: a convention's text and a clause's prefix. */
  private static String frenchParts(String text) {
    String s = text;
    if (s.contains(CONVENTION_PREFIX)) {
      for (Convention c : Convention.values()) {
        s = s.replace(convention(c).text(), frenchConvention(c));
      }
    }
    return s.replace("CPOM clause ", FRENCH_CLAUSE_PREFIX);
  }

  /** An article's connecting words in French, and the space a French semicolon takes before it. */
  private static String frenchWords(String article) {
    String s = article;
    for (String[] pair : FRENCH_WORDS) {
      s = s.replace(pair[0], pair[1]);
    }
    return frenchSemicolons(s);
  }

  /** A French semicolon has a space before it. */
  private static String frenchSemicolons(String s) {
    return s.replace(" ; ", "; ").replace("; ", " ; ");
  }

  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof LegalBasis)) {
      return false;
    }
    LegalBasis other = (LegalBasis) obj;
    return kind == other.kind && Objects.equals(source, other.source) && Objects.equals(article, other.article)
        && articles.equals(other.articles) && Objects.equals(note, other.note)
        && Objects.equals(through, other.through) && convention == other.convention && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source, article, articles, note, through, convention, text);
  }

  /** The text of the basis, as {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}
