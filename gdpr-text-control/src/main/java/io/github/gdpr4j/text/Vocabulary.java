package io.github.gdpr4j.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The reviewable word lists behind the special-category, criminal and offensive kinds: one resource
 * file per language and kind, expanded into {@link TermSpec} entries when a {@link TextControl} is
 * built.
 *
 * <p>The files live under {@code io/github/gdpr4j/text/vocabulary/<lang>/} in this jar, for example
 * {@code fr/HEALTH.txt} (Art. 9(1)), {@code fr/CRIMINAL.txt} (Art. 10) and {@code fr/OFFENSIVE.txt}
 * (Art. 5(1)(a),(d)); their mini-syntax (optional parts {@code [e]}, alternatives {@code (f|ve)},
 * set macros {@code {PARTY}}, stems {@code alcoolis*}, context cues {@code ; near=POLITICAL_CUE})
 * is documented in the {@code README.md} beside them. Per language, {@code _sets.txt} names word
 * sets, {@code _context.txt} holds the rules that veto a finding (a title before a word makes it a
 * surname) and {@code NOT.txt} the phrases that are never findings (idioms, business senses such as
 * "syndic de copropriété").
 *
 * <p>Nothing is cached: every call reads and expands the files again (a few tens of milliseconds),
 * so that two {@code TextControl}s never share mutable state. Thread-safe.
 *
 * <pre>{@code
 * List<TermSpec> terms = Vocabulary.load(EnumSet.of(Language.FR, Language.EN));
 * }</pre>
 */
public final class Vocabulary {

  /** The class-path folder of the vocabulary files, relative to this class's package. */
  static final String ROOT = "vocabulary/";

  private Vocabulary() {}

  /**
   * Reads and expands the vocabulary of the given languages.
   *
   * @param languages the languages to load; not null, may be empty (then the result is empty)
   * @return the expanded entries, positive and negative, in file order; an unmodifiable list
   * @throws NullPointerException if {@code languages} or one of its elements is null
   * @throws IllegalStateException if a shipped vocabulary file is malformed (the message names the
   *     file and the line) or cannot be read
   */
  public static List<TermSpec> load(Set<Language> languages) {
    Objects.requireNonNull(languages, "languages");
    Set<Language> wanted = EnumSet.noneOf(Language.class);
    for (Language l : languages) {
      wanted.add(Objects.requireNonNull(l, "languages element"));
    }
    List<TermSpec> out = new ArrayList<>(32_768);
    List<VocabularyParser.Veto> vetoes = new ArrayList<>();
    List<VocabularyParser> parsers = new ArrayList<>();
    try {
      // Directives of every language first: vetoes (titles, organisation heads) are shared.
      for (Language language : wanted) {
        VocabularyParser parser = new VocabularyParser(language, vetoes);
        String dir = directory(language);
        parseDirectives(parser, dir + "_sets.txt");
        parseDirectives(parser, dir + "_context.txt");
        parsers.add(parser);
      }
    } catch (VocabularyParser.MalformedLineException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    // The entries of each language are expanded in parallel (the parsers share nothing but the
    // veto list, read-only from here on), the first language on the calling thread, then
    // concatenated in language order.
    List<Language> order = new ArrayList<>(wanted);
    List<CompletableFuture<List<TermSpec>>> parts = new ArrayList<>();
    for (int i = 1; i < order.size(); i++) {
      Language language = order.get(i);
      VocabularyParser parser = parsers.get(i);
      parts.add(CompletableFuture.supplyAsync(() -> entries(language, parser)));
    }
    if (!order.isEmpty()) {
      out.addAll(entries(order.get(0), parsers.get(0)));
    }
    for (CompletableFuture<List<TermSpec>> part : parts) {
      try {
        out.addAll(part.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw e;
      }
    }
    return List.copyOf(out);
  }

  private static String directory(Language language) {
    return language.name().toLowerCase(Locale.ROOT) + "/";
  }

  private static void parseDirectives(VocabularyParser parser, String file)
      throws VocabularyParser.MalformedLineException {
    String content = read(file);
    if (content != null) {
      parser.parseDirectives(file, content);
    }
  }

  private static List<TermSpec> entries(Language language, VocabularyParser parser) {
    List<TermSpec> out = new ArrayList<>(8_192);
    try {
      loadEntries(language, parser, out);
    } catch (VocabularyParser.MalformedLineException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return out;
  }

  private static void loadEntries(Language language, VocabularyParser parser, List<TermSpec> out)
      throws VocabularyParser.MalformedLineException {
    String dir = directory(language);
    for (Kind kind : Kind.values()) {
      String file = dir + kind.name() + ".txt";
      String content = read(file);
      if (content != null) {
        parser.parseEntries(file, content, kind, out);
      }
    }
    String not = read(dir + "NOT.txt");
    if (not != null) {
      parser.parseEntries(dir + "NOT.txt", not, null, out);
    }
  }

  private static @Nullable String read(String name) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary file " + name, e);
    }
  }
}
