package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Detects personal identifiers, special-category data, criminal data and insults in free text, in
 * one pass linear in the text length.
 *
 * <p>Build once with {@link #builder()}, then share: a {@code TextControl} is immutable and
 * thread-safe, and {@link #scan(CharSequence)} allocates in proportion to its findings, not to the
 * text. Identifiers are validated (checksums, numbering plans, cues), so that numbers that only
 * look right are not reported.
 *
 * <pre>{@code
 * TextControl control = TextControl.builder().languages(Language.FR, Language.EN).build();
 * Report report = control.scan(comment);
 * String safe = control.redact(comment, RedactionStyle.PLACEHOLDER);
 * }</pre>
 *
 * <p>Identifiers in a comment field breach data minimisation (GDPR Art. 5(1)(c)).
 */
public final class TextControl {

  /** Default {@link Builder#maxLength(int)}: one mebi-character. */
  public static final int DEFAULT_MAX_LENGTH = 1 << 20;

  /** Default {@link Builder#maxFindings(int)}. */
  public static final int DEFAULT_MAX_FINDINGS = 10_000;

  private final Engine engine;
  private final Set<Kind> kinds;
  private final Set<Language> languages;
  private final int termCount;

  private TextControl(
      Builder b, List<TermSpec> terms, int compiledTerms, Engine.@Nullable Tables compiled) {
    this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(b.kinds));
    this.languages = Collections.unmodifiableSet(EnumSet.copyOf(b.languages));
    this.termCount = terms.size();
    this.engine =
        new Engine(terms, compiledTerms, kinds, languages, b.maxLength, b.maxFindings, compiled);
  }

  /**
   * Returns a builder with every kind and language enabled and the default limits.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Scans a text with the vocabulary of every configured language.
   *
   * @param text the text; not null; read, never retained
   * @return the findings, sorted by position
   * @throws NullPointerException if {@code text} is null
   * @throws TextLimitExceededException if the text is longer than the configured maximum, or has
   *     more candidate findings than the configured maximum
   */
  public Report scan(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return engine.scan(text, -1);
  }

  /**
   * Scans a text known to be in one language: only that language's vocabulary applies, which avoids
   * false alarms from words that are harmless in the text's language. Identifiers and their cues
   * are recognized in every language.
   *
   * @param text the text; not null
   * @param language the language of the text; not null
   * @return the findings, sorted by position
   * @throws NullPointerException if an argument is null
   * @throws TextLimitExceededException as {@link #scan(CharSequence)}
   */
  public Report scan(CharSequence text, Language language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    return engine.scan(text, 1 << language.ordinal());
  }

  /**
   * Returns the text with every finding replaced according to {@code style}.
   *
   * @param text the text; not null
   * @param style how findings are replaced; not null
   * @return the redacted text
   * @throws NullPointerException if an argument is null
   * @throws TextLimitExceededException as {@link #scan(CharSequence)}
   */
  public String redact(CharSequence text, RedactionStyle style) {
    Objects.requireNonNull(style, "style");
    return redact(text, scan(text), style);
  }

  /**
   * Returns the text with the findings of a report replaced according to {@code style}.
   *
   * @param text the text the report was made from; not null
   * @param report the report of {@link #scan(CharSequence)} on that text; not null
   * @param style how findings are replaced; not null
   * @return the redacted text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the report is for a text of another length
   */
  public static String redact(CharSequence text, Report report, RedactionStyle style) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(style, "style");
    if (report.textLength() != text.length()) {
      throw new IllegalArgumentException("report was made from a text of another length");
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : report.findings()) {
      if (f.start() < at) {
        continue; // findings of different special kinds may overlap: the first one covers it
      }
      out.append(text, at, f.start());
      switch (style) {
        case PLACEHOLDER:
          out.append('[').append(f.kind().name()).append(']');
          break;
        case PARTIAL:
          if (f.kind() == Kind.PAYMENT_CARD || f.kind() == Kind.IBAN) {
            keepLastFour(text, f, out);
          } else {
            mask(text, f.start(), f.end(), out);
          }
          break;
        default:
          mask(text, f.start(), f.end(), out);
      }
      at = f.end();
    }
    out.append(text, at, text.length());
    return out.toString();
  }

  private static void mask(CharSequence text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      if (!(Character.isLowSurrogate(text.charAt(i))
          && i > start
          && Character.isHighSurrogate(text.charAt(i - 1)))) {
        out.append(Fold.MASK_CHAR);
      }
    }
  }

  private static void keepLastFour(CharSequence text, Finding f, StringBuilder out) {
    int keepFrom = f.end();
    int kept = 0;
    while (keepFrom > f.start() && kept < 4) {
      keepFrom--;
      if (Character.isLetterOrDigit(text.charAt(keepFrom))) {
        kept++;
      }
    }
    for (int i = f.start(); i < f.end(); i++) {
      char c = text.charAt(i);
      out.append(i >= keepFrom || !Character.isLetterOrDigit(c) ? c : Fold.MASK_CHAR);
    }
  }

  /**
   * Returns the kinds this detector reports.
   *
   * @return an immutable set, never empty
   */
  public Set<Kind> kinds() {
    return kinds;
  }

  /**
   * Returns the languages whose vocabulary this detector knows.
   *
   * @return an immutable set, never empty
   */
  public Set<Language> languages() {
    return languages;
  }

  /**
   * Returns the maximum text length accepted by {@link #scan(CharSequence)}.
   *
   * @return the maximum length in UTF-16 units
   */
  public int maxLength() {
    return engine.maxLength;
  }

  /**
   * Returns the maximum number of candidate findings in one text.
   *
   * @return the maximum
   */
  public int maxFindings() {
    return engine.maxFindings;
  }

  /**
   * Describes the configuration (no text, no vocabulary).
   *
   * @return a summary such as {@code TextControl[kinds=19, languages=[FR, EN], terms=4210,
   *     states=51234]}
   */
  @Override
  public String toString() {
    return "TextControl[kinds="
        + kinds.size()
        + ", languages="
        + languages
        + ", terms="
        + termCount
        + ", states="
        + engine.automaton.stateCount()
        + ", maxLength="
        + engine.maxLength
        + ", maxFindings="
        + engine.maxFindings
        + "]";
  }

  /**
   * Configures a {@link TextControl}. Not thread-safe; {@link #build()} validates the whole
   * configuration and reports every problem at once.
   */
  public static final class Builder {

    private final Set<Kind> kinds = EnumSet.allOf(Kind.class);
    private final Set<Language> languages = EnumSet.allOf(Language.class);
    private final List<TermSpec> terms = new ArrayList<>();
    private final List<String> allowed = new ArrayList<>();
    private int maxLength = DEFAULT_MAX_LENGTH;
    private int maxFindings = DEFAULT_MAX_FINDINGS;
    private boolean bundledVocabulary = true;

    private Builder() {}

    /**
     * Reports only these kinds (default: all).
     *
     * @param enabled the kinds; not null, not empty at {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code enabled} or an element is null
     */
    public Builder kinds(Collection<Kind> enabled) {
      Objects.requireNonNull(enabled, "enabled");
      kinds.clear();
      for (Kind k : enabled) {
        kinds.add(Objects.requireNonNull(k, "kind"));
      }
      return this;
    }

    /**
     * Reports only these kinds (default: all).
     *
     * @param enabled the kinds; not null
     * @return this builder
     * @throws NullPointerException if {@code enabled} or an element is null
     */
    public Builder kinds(Kind... enabled) {
      return kinds(List.of(enabled));
    }

    /**
     * Uses the vocabulary of these languages only (default: all). Identifier recognition does not
     * depend on it.
     *
     * @param enabled the languages; not null, not empty at {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code enabled} or an element is null
     */
    public Builder languages(Collection<Language> enabled) {
      Objects.requireNonNull(enabled, "enabled");
      languages.clear();
      for (Language l : enabled) {
        languages.add(Objects.requireNonNull(l, "language"));
      }
      return this;
    }

    /**
     * Uses the vocabulary of these languages only (default: all).
     *
     * @param enabled the languages; not null
     * @return this builder
     * @throws NullPointerException if {@code enabled} or an element is null
     */
    public Builder languages(Language... enabled) {
      return languages(List.of(enabled));
    }

    /**
     * Adds dictionary entries (custom terms and negative phrases) to the automaton, beside the
     * bundled vocabulary.
     *
     * @param entries the entries; not null
     * @return this builder
     * @throws NullPointerException if {@code entries} or an element is null
     */
    public Builder terms(Collection<TermSpec> entries) {
      Objects.requireNonNull(entries, "entries");
      for (TermSpec t : entries) {
        terms.add(Objects.requireNonNull(t, "term"));
      }
      return this;
    }

    /**
     * Allows a phrase for this deployment: a finding overlapping it is never reported (a company
     * called "Clinique du Parc", a product line, a shared support address). The phrase follows the
     * matching rules of {@link TermSpec}.
     *
     * @param phrase the phrase; not null; validated at {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code phrase} is null
     */
    public Builder allow(String phrase) {
      allowed.add(Objects.requireNonNull(phrase, "phrase"));
      return this;
    }

    /**
     * Whether to load the vocabulary bundled with the library for the configured languages
     * (default: true).
     *
     * @param load false to use only the identifiers and the terms given to {@link
     *     #terms(Collection)}
     * @return this builder
     */
    public Builder bundledVocabulary(boolean load) {
      this.bundledVocabulary = load;
      return this;
    }

    /**
     * Sets the longest text accepted, in UTF-16 units (default {@link #DEFAULT_MAX_LENGTH}).
     *
     * @param max a positive length
     * @return this builder
     */
    public Builder maxLength(int max) {
      this.maxLength = max;
      return this;
    }

    /**
     * Sets the largest number of candidate findings in one text (default 10,000).
     *
     * @param max a positive count
     * @return this builder
     */
    public Builder maxFindings(int max) {
      this.maxFindings = max;
      return this;
    }

    /**
     * Validates the configuration and compiles the detector.
     *
     * @return the detector
     * @throws IllegalArgumentException listing every problem found: no kind, no language, a
     *     non-positive limit, an allowed phrase that has no word
     */
    public TextControl build() {
      List<String> problems = new ArrayList<>();
      if (kinds.isEmpty()) {
        problems.add("no kind enabled");
      }
      if (languages.isEmpty()) {
        problems.add("no language enabled");
      }
      if (maxLength <= 0) {
        problems.add("maxLength must be positive, was " + maxLength);
      }
      if (maxFindings <= 0) {
        problems.add("maxFindings must be positive, was " + maxFindings);
      }
      List<TermSpec> all = new ArrayList<>();
      CompiledVocabulary.Loaded compiled = null;
      if (problems.isEmpty()
          && bundledVocabulary
          && kinds.size() == Kind.values().length
          && languages.size() == Language.values().length) {
        // The bundled vocabulary was expanded and compiled when the library was built; only the
        // deployment's own terms and allowed phrases are compiled here.
        compiled = CompiledVocabulary.load();
      }
      if (compiled != null) {
        all.addAll(compiled.terms());
      } else if (bundledVocabulary && !languages.isEmpty()) {
        all.addAll(BundledVocabulary.load(languages));
      }
      int compiledTerms = compiled != null ? all.size() : 0;
      all.addAll(terms);
      for (int i = 0; i < allowed.size(); i++) {
        try {
          all.add(TermSpec.negative(allowed.get(i), null, "allow#" + (i + 1)));
        } catch (IllegalArgumentException e) {
          problems.add("allowed phrase #" + (i + 1) + ": " + e.getMessage());
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid TextControl configuration: " + String.join("; ", problems));
      }
      if (compiled != null) {
        return new TextControl(this, all, compiledTerms, compiled.tables());
      }
      return new TextControl(this, all, all.size(), null);
    }
  }
}
