package org.cpom;

import java.io.Serializable;
import java.util.Locale;
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
 * <p>A figure or a rule that rests on an article and on the way cpom reads it carries both:
 * {@link #readWith(Convention)} gives the article or clause with the convention it is read with.
 *
 * <p>Two bases are equal when they have the same kind and the same parts. This class is immutable and
 * thread-safe.
 */
public final class LegalBasis implements Serializable {
  private static final long serialVersionUID = 2L;

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
  /** LAW: the article; CLAUSE: the clause; otherwise null. */
  private final String article;
  /** CONVENTION: the convention; otherwise null. */
  private final Convention convention;
  private final String text;

  private LegalBasis(Kind kind, String source, String article, Convention convention, String text) {
    this.kind = kind;
    this.source = source;
    this.article = article;
    this.convention = convention;
    this.text = text;
  }

  /**
   * An article of a code or of a legal text.
   *
   * @param source the code or text, such as {@code "CSS"}, {@code "Code du travail"} or
   *     {@code "arrêté du 3 mars 2017"}, not blank
   * @param article the article and any paragraph, such as {@code "R174-9"}, not blank
   * @return the basis, reading source + " " + article
   */
  public static LegalBasis law(String source, String article) {
    String s = Checks.notBlank(Objects.requireNonNull(source, "source"), "source").trim();
    String a = Checks.notBlank(Objects.requireNonNull(article, "article"), "article").trim();
    return new LegalBasis(Kind.LAW, s, a, null, s + " " + a);
  }

  /**
   * An article of the Code de l'action sociale et des familles.
   *
   * @param article the article and any paragraph, such as {@code "R314-43-2 III"}
   * @return the basis "CASF " + article
   */
  public static LegalBasis casf(String article) {
    return law("CASF", article);
  }

  /**
   * An article of the Code de la sécurité sociale.
   *
   * @param article the article and any paragraph, such as {@code "R174-9"}
   * @return the basis "CSS " + article
   */
  public static LegalBasis css(String article) {
    return law("CSS", article);
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
    return new LegalBasis(Kind.CONVENTION, null, null, convention,
        CONVENTION_PREFIX + " " + convention.id() + " (" + convention.title() + ")");
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
    return new LegalBasis(kind, source, article, convention, text + "; " + convention(convention).text());
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
        base = source + " " + frenchWords(frenchParts(article));
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
    if (!(obj instanceof LegalBasis)) {
      return false;
    }
    LegalBasis other = (LegalBasis) obj;
    return kind == other.kind && Objects.equals(source, other.source) && Objects.equals(article, other.article)
        && convention == other.convention && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source, article, convention, text);
  }

  /** The text of the basis, as {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}
