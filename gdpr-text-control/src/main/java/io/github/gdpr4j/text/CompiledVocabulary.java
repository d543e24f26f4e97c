package io.github.gdpr4j.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
  private static final int VERSION = 1;
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
      // Inflated in one go: the reads that follow are many and small.
      return read(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
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
    Map<ContextCondition.TokenSet, Integer> sets = new IdentityHashMap<>();
    List<ContextCondition.TokenSet> setOrder = new ArrayList<>();
    Map<ContextCondition, Integer> conditions = new IdentityHashMap<>();
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
        out.writeUTF(rule);
      }
      out.writeInt(setOrder.size());
      for (ContextCondition.TokenSet s : setOrder) {
        String[] words = s.words();
        out.writeInt(words.length);
        for (String w : words) {
          out.writeUTF(w);
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
        out.writeUTF(t.pattern());
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
   * @param in the stream
   * @return the entries and tables
   * @throws IOException if the stream fails or holds something else
   */
  static Loaded read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a compiled vocabulary of this version");
    }
    String[] rules = new String[count(in)];
    for (int i = 0; i < rules.length; i++) {
      rules[i] = in.readUTF();
    }
    ContextCondition.TokenSet[] sets = new ContextCondition.TokenSet[count(in)];
    for (int i = 0; i < sets.length; i++) {
      int n = count(in);
      HashSet<String> words = new HashSet<>(n * 2);
      for (int w = 0; w < n; w++) {
        words.add(in.readUTF());
      }
      sets[i] = ContextCondition.TokenSet.of(words);
    }
    ContextCondition[] conditions = new ContextCondition[count(in)];
    for (int i = 0; i < conditions.length; i++) {
      ContextCondition.TokenSet[] s = new ContextCondition.TokenSet[7];
      for (int k = 0; k < s.length; k++) {
        s[k] = sets[index(in, sets.length)];
      }
      int window = in.readInt();
      conditions[i] = new ContextCondition(s[0], s[1], s[2], s[3], window, s[4], s[5], s[6]);
    }
    Kind[] kinds = Kind.values();
    Language[] languages = Language.values();
    TermSpec[] terms = new TermSpec[count(in)];
    for (int i = 0; i < terms.length; i++) {
      String pattern = in.readUTF();
      int kind = in.readByte();
      int language = in.readByte();
      String rule = rules[index(in, rules.length)];
      double confidence = in.readDouble();
      boolean prefix = in.readBoolean();
      int condition = in.readInt();
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
    int entries = in.readInt();
    int[][] patternEntries = readIntArrays(in);
    byte[] flags = new byte[count(in)];
    in.readFully(flags);
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

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 26) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static int index(DataInputStream in, int size) throws IOException {
    int i = in.readInt();
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

  static int[] readInts(DataInputStream in) throws IOException {
    int n = count(in);
    byte[] raw = new byte[n * 4];
    in.readFully(raw);
    int[] values = new int[n];
    ByteBuffer.wrap(raw).asIntBuffer().get(values);
    return values;
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

  static int[][] readIntArrays(DataInputStream in) throws IOException {
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
