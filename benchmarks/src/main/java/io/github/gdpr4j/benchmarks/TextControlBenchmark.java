package io.github.gdpr4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gdpr4j.text.Language;
import io.github.gdpr4j.text.Report;
import io.github.gdpr4j.text.TextControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@code TextControl.scan}: (a) the comment-sized texts (50–600 characters) of the
 * dev corpus, (b) one 10 MB document made of those comments, (c) 1 MB adversarial inputs (digits,
 * '@', separators, alternating digits and spaces) that must stay linear.
 *
 * <p>Each benchmark reports the time for one pass over its whole input; throughput in MB/s is the
 * input size printed at setup divided by that time (characters are ASCII or Latin-1 mostly, one
 * byte each in UTF-8).
 *
 * <pre>{@code
 * mvn -B -q package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar TextControlBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * }</pre>
 *
 * <p>The corpus is read from {@code -Dcorpus=PATH} (default {@code
 * ../shared/text-control/dev.jsonl}, relative to the repository root).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextControlBenchmark {

  /** The detector configurations compared. */
  @State(Scope.Benchmark)
  public static class Detector {
    /** {@code identifiers}: identifiers and cues only; {@code full}: with the vocabulary. */
    @Param({"identifiers", "full"})
    public String config = "identifiers";

    TextControl control = TextControl.builder().build();

    /** Compiles the detector once. */
    @Setup(Level.Trial)
    public void build() {
      control =
          TextControl.builder()
              .bundledVocabulary(config.equals("full"))
              .maxLength(16 << 20)
              .maxFindings(2_000_000)
              .build();
    }
  }

  /** The dev corpus comments of 50–600 characters. */
  @State(Scope.Benchmark)
  public static class Comments {
    List<String> texts = List.of();

    /** The language of each comment, as the corpus labels it. */
    List<Language> languages = List.of();

    /** Loads the corpus. */
    @Setup(Level.Trial)
    public void load() {
      texts = new ArrayList<>();
      languages = new ArrayList<>();
      for (JsonNode node : corpus()) {
        texts.add(node.path("text").asText());
        languages.add(Language.valueOf(node.path("lang").asText().toUpperCase(Locale.ROOT)));
      }
      long chars = 0;
      for (String t : texts) {
        chars += t.length();
      }
      System.out.printf("%n[corpus] %d comments, %d characters%n", texts.size(), chars);
    }
  }

  /** One 10 MB document. */
  @State(Scope.Benchmark)
  public static class Document {
    String text = "";

    /** Concatenates the corpus up to 10 MB. */
    @Setup(Level.Trial)
    public void load() {
      List<String> cs = comments();
      StringBuilder sb = new StringBuilder(10_500_000);
      int i = 0;
      while (sb.length() < 10_000_000) {
        sb.append(cs.get(i++ % cs.size())).append('\n');
      }
      text = sb.toString();
      System.out.printf("%n[document] %d characters%n", text.length());
    }
  }

  /** 1 MB adversarial inputs. */
  @State(Scope.Benchmark)
  public static class Adversarial {
    /** The repeated unit. */
    @Param({"digits", "at", "separators", "digit-space", "dotted"})
    public String shape = "digits";

    String text = "";

    /** Builds the input. */
    @Setup(Level.Trial)
    public void build() {
      String unit;
      switch (shape) {
        case "digits":
          unit = "4";
          break;
        case "at":
          unit = "@";
          break;
        case "separators":
          unit = " -./";
          break;
        case "digit-space":
          unit = "6 ";
          break;
        default:
          unit = "1.";
      }
      text = unit.repeat((1 << 20) / unit.length());
    }
  }

  static List<String> comments() {
    List<String> out = new ArrayList<>();
    for (JsonNode node : corpus()) {
      out.add(node.path("text").asText());
    }
    return out;
  }

  /** The corpus lines whose text has 50–600 characters. */
  static List<JsonNode> corpus() {
    Path path = Path.of(System.getProperty("corpus", "../shared/text-control/dev.jsonl"));
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        String text = node.path("text").asText();
        if (text.length() >= 50 && text.length() <= 600) {
          out.add(node);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus " + path + " (set -Dcorpus)", e);
    }
    return out;
  }

  /**
   * Scans every comment of the corpus once.
   *
   * @param d the detector
   * @param c the comments
   * @param bh sink
   */
  @Benchmark
  public void comments(Detector d, Comments c, Blackhole bh) {
    for (String t : c.texts) {
      bh.consume(d.control.scan(t));
    }
  }

  /**
   * Scans every comment of the corpus once, each with its language given ({@code scan(text,
   * language)}): the alternative to scanning with all five vocabularies at once.
   *
   * @param d the detector
   * @param c the comments
   * @param bh sink
   */
  @Benchmark
  public void commentsWithLanguage(Detector d, Comments c, Blackhole bh) {
    for (int i = 0; i < c.texts.size(); i++) {
      bh.consume(d.control.scan(c.texts.get(i), c.languages.get(i)));
    }
  }

  /**
   * Scans the 10 MB document once.
   *
   * @param d the detector
   * @param doc the document
   * @return the report
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Report document10mb(Detector d, Document doc) {
    return d.control.scan(doc.text);
  }

  /**
   * Builds a detector with every kind and the five languages: the start-up cost of an application.
   * Cold (the first build in a fresh JVM, class loading and interpretation included): {@code -f 10
   * -wi 0 -i 1}; warm: {@code -f 1 -wi 10 -i 10}; within a 50 MB heap: {@code -jvmArgs -Xmx50m}.
   *
   * @return the detector
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public TextControl build() {
    return TextControl.builder().build();
  }

  /**
   * Scans a 1 MB adversarial input once.
   *
   * @param d the detector
   * @param a the input
   * @return the report
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Report adversarial1mb(Detector d, Adversarial a) {
    return d.control.scan(a.text);
  }
}
