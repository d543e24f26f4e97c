package io.github.gdpr4j.text;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bundled vocabulary of every language, expanded and compiled when this library is built: the
 * entries and the detector's tables (patterns, automaton) for the default configuration, so that a
 * {@code TextControl} with every kind and language starts without parsing the vocabulary files or
 * compiling an automaton of a few hundred thousand states.
 *
 * <p>The build writes {@value #RESOURCE} (next to the vocabulary files) by running {@link #main}
 * after compiling; {@code CompiledVocabularyTest} checks that it is what the vocabulary files give
 * today. Without it (classes run from an IDE that skips the build step), {@link TextControl} parses
 * and compiles as for any other configuration: same result, slower start.
 */
final class CompiledVocabulary {

  /** The resource, relative to this package. */
  static final String RESOURCE = "vocabulary/compiled.bin";

  private static final int MAGIC = 0x47445056;
  private static final int VERSION = 2;
  private static final int NONE = -1;

  /**
   * The bundled entries of every language with their compiled tables.
   *
   * @param terms the entries, as {@link Vocabulary#load} returns them for every language
   * @param tables the tables of an {@link Engine} of these entries, every kind and language on
   */
  record Loaded(List<TermSpec> terms, Engine.Tables tables) {}

  private CompiledVocabulary() {}

  /**
   * Writes the compiled vocabulary to a file; run by the build.
   *
   * @param args the output file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompiledVocabulary OUTPUT_FILE");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, compile());
  }

  /**
   * Expands and compiles the bundled vocabulary of every language.
   *
   * @return the bytes of {@value #RESOURCE}
   */
  static byte[] compile() {
    List<TermSpec> terms = Vocabulary.load(EnumSet.allOf(Language.class));
    Engine engine =
        new Engine(terms, EnumSet.allOf(Kind.class), EnumSet.allOf(Language.class), 1, 1);
    return write(terms, engine.tables());
  }

  /**
   * Reads {@value #RESOURCE}.
   *
   * @return the entries and tables, or null if the resource is missing or unreadable
   */
  static @Nullable Loaded load() {
    try (InputStream in = CompiledVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      // Inflated in one go, then read from memory: the reads that follow are many and small.
      return read(ByteBuffer.wrap(in.readAllBytes()));
    } catch (IOException | RuntimeException e) {
      return null; // the caller compiles the vocabulary instead
    }
  }

  /**
   * Serializes entries and their tables.
   *
   * @param terms the entries; their conditions must be vocabulary context conditions
   * @param tables their tables
   * @return the bytes
   * @throws IllegalArgumentException if an entry has a condition of another kind
   */
  static byte[] write(List<TermSpec> terms, Engine.Tables tables) {
    Map<String, Integer> rules = new LinkedHashMap<>();
    // Equal sets and conditions (equal words) are written once, whatever language parsed them: the
    // loaded vocabulary shares one object for each.
    Map<ContextCondition.TokenSet, Integer> sets = new HashMap<>();
    List<ContextCondition.TokenSet> setOrder = new ArrayList<>();
    Map<ContextCondition, Integer> conditions = new HashMap<>();
    List<ContextCondition> conditionOrder = new ArrayList<>();
    for (TermSpec t : terms) {
      rules.putIfAbsent(t.rule(), rules.size());
      TermCondition c = t.condition();
      if (c == null) {
        continue;
      }
      if (!(c instanceof ContextCondition cc)) {
        throw new IllegalArgumentException("cannot compile the condition of " + t.rule());
      }
      if (conditions.putIfAbsent(cc, conditions.size()) == null) {
        conditionOrder.add(cc);
        for (ContextCondition.TokenSet s : tokenSets(cc)) {
          if (sets.putIfAbsent(s, sets.size()) == null) {
            setOrder.add(s);
          }
        }
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(rules.size());
      for (String rule : rules.keySet()) {
        writeString(out, rule);
      }
      out.writeInt(setOrder.size());
      for (ContextCondition.TokenSet s : setOrder) {
        String[] words = s.words();
        out.writeInt(words.length);
        for (String w : words) {
          writeString(out, w);
        }
      }
      out.writeInt(conditionOrder.size());
      for (ContextCondition c : conditionOrder) {
        for (ContextCondition.TokenSet s : tokenSets(c)) {
          out.writeInt(sets.get(s));
        }
        out.writeInt(c.window());
      }
      out.writeInt(terms.size());
      for (TermSpec t : terms) {
        writeString(out, t.pattern());
        out.writeByte(t.kind() == null ? NONE : t.kind().ordinal());
        out.writeByte(t.language() == null ? NONE : t.language().ordinal());
        out.writeInt(rules.get(t.rule()));
        out.writeDouble(t.confidence());
        out.writeBoolean(t.prefix());
        out.writeInt(t.condition() == null ? NONE : conditions.get(t.condition()));
      }
      out.writeInt(tables.entries());
      writeIntArrays(out, tables.patternEntries());
      boolean[] prefix = tables.patternPrefix();
      byte[] flags = new byte[prefix.length];
      for (int i = 0; i < prefix.length; i++) {
        flags[i] = (byte) (prefix[i] ? 1 : 0);
      }
      out.writeInt(flags.length);
      out.write(flags);
      writeInts(out, tables.patternWords());
      tables.automaton().writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException("in-memory stream failed", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @param in the bytes, from their current position
   * @return the entries and tables
   * @throws IOException if the bytes are something else, or cut short
   */
  static Loaded read(ByteBuffer in) throws IOException {
    try {
      return readTables(in);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException("not a complete compiled vocabulary", e);
    }
  }

  private static Loaded readTables(ByteBuffer in) throws IOException {
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new IOException("not a compiled vocabulary of this version");
    }
    String[] rules = new String[count(in)];
    for (int i = 0; i < rules.length; i++) {
      rules[i] = readString(in);
    }
    ContextCondition.TokenSet[] sets = new ContextCondition.TokenSet[count(in)];
    for (int i = 0; i < sets.length; i++) {
      int n = count(in);
      HashSet<String> words = new HashSet<>(n * 2);
      for (int w = 0; w < n; w++) {
        words.add(readString(in));
      }
      sets[i] = ContextCondition.TokenSet.of(words);
    }
    ContextCondition[] conditions = new ContextCondition[count(in)];
    for (int i = 0; i < conditions.length; i++) {
      ContextCondition.TokenSet[] s = new ContextCondition.TokenSet[7];
      for (int k = 0; k < s.length; k++) {
        s[k] = sets[index(in, sets.length)];
      }
      int window = in.getInt();
      conditions[i] = new ContextCondition(s[0], s[1], s[2], s[3], window, s[4], s[5], s[6]);
    }
    Kind[] kinds = Kind.values();
    Language[] languages = Language.values();
    TermSpec[] terms = new TermSpec[count(in)];
    for (int i = 0; i < terms.length; i++) {
      String pattern = readString(in);
      int kind = in.get();
      int language = in.get();
      String rule = rules[index(in, rules.length)];
      double confidence = in.getDouble();
      boolean prefix = in.get() != 0;
      int condition = in.getInt();
      if (condition < NONE || condition >= conditions.length) {
        throw new IOException("condition " + condition + " out of " + conditions.length);
      }
      terms[i] =
          new TermSpec(
              pattern,
              kind == NONE ? null : kinds[kind],
              language == NONE ? null : languages[language],
              rule,
              confidence,
              prefix,
              condition == NONE ? null : conditions[condition]);
    }
    int entries = in.getInt();
    int[][] patternEntries = readIntArrays(in);
    byte[] flags = new byte[count(in)];
    in.get(flags);
    boolean[] prefix = new boolean[flags.length];
    for (int i = 0; i < flags.length; i++) {
      prefix[i] = flags[i] != 0;
    }
    int[] patternWords = readInts(in);
    Automaton automaton = Automaton.readFrom(in);
    if (patternEntries.length != prefix.length || patternWords.length != prefix.length) {
      throw new IOException("inconsistent pattern tables");
    }
    for (int[] group : patternEntries) {
      for (int e : group) {
        if (e < 0 || e >= entries) {
          throw new IOException("pattern entry out of range");
        }
      }
    }
    return new Loaded(
        List.of(terms),
        new Engine.Tables(entries, patternEntries, prefix, patternWords, automaton));
  }

  private static List<ContextCondition.TokenSet> tokenSets(ContextCondition c) {
    return List.of(
        c.before(),
        c.after(),
        c.notBefore(),
        c.notAfter(),
        c.vetoBefore(),
        c.vetoAfter(),
        c.then());
  }

  private static int count(ByteBuffer in) throws IOException {
    int n = in.getInt();
    if (n < 0 || n > 1 << 26) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static int index(ByteBuffer in, int size) throws IOException {
    int i = in.getInt();
    if (i < 0 || i >= size) {
      throw new IOException("index " + i + " out of " + size);
    }
    return i;
  }

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4);
    b.asIntBuffer().put(values);
    out.writeInt(values.length);
    out.write(b.array());
  }

  static int[] readInts(ByteBuffer in) throws IOException {
    int n = count(in);
    int[] values = new int[n];
    in.asIntBuffer().get(values);
    in.position(in.position() + n * 4);
    return values;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(ByteBuffer in) throws IOException {
    int n = count(in);
    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** Writes arrays as their lengths, then all their values. */
  static void writeIntArrays(DataOutputStream out, int[][] arrays) throws IOException {
    int[] lengths = new int[arrays.length];
    int total = 0;
    for (int i = 0; i < arrays.length; i++) {
      lengths[i] = arrays[i].length;
      total += lengths[i];
    }
    int[] all = new int[total];
    int at = 0;
    for (int[] a : arrays) {
      System.arraycopy(a, 0, all, at, a.length);
      at += a.length;
    }
    writeInts(out, lengths);
    writeInts(out, all);
  }

  static int[][] readIntArrays(ByteBuffer in) throws IOException {
    int[] lengths = readInts(in);
    int[] all = readInts(in);
    int[][] arrays = new int[lengths.length][];
    int at = 0;
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] < 0 || at + lengths[i] > all.length) {
        throw new IOException("inconsistent array lengths");
      }
      arrays[i] = Arrays.copyOfRange(all, at, at + lengths[i]);
      at += lengths[i];
    }
    if (at != all.length) {
      throw new IOException("inconsistent array lengths");
    }
    return arrays;
  }
}
