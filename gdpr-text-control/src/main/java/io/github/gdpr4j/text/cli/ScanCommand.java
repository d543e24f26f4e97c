package io.github.gdpr4j.text.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gdpr4j.text.Finding;
import io.github.gdpr4j.text.Kind;
import io.github.gdpr4j.text.Language;
import io.github.gdpr4j.text.Report;
import io.github.gdpr4j.text.TextControl;
import io.github.gdpr4j.text.TextLimitExceededException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scan}: one output line per input record, in input order. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Scans comments and writes, for each input record in order, "
          + "{\"id\": ..., \"findings\": [{\"kind\", \"start\", \"end\", \"text\", \"confidence\"}]}.",
      "Input formats: jsonl (objects with id, text and optional lang), csv (a header row; "
          + "choose the column with --column), text (one comment a line, id = line number)."
    })
final class ScanCommand implements Callable<Integer> {

  /** Input formats. */
  enum Format {
    AUTO,
    JSONL,
    CSV,
    TEXT
  }

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      required = true,
      description = "input file, or - for standard input")
  String input = "-";

  @Option(
      names = {"-o", "--output"},
      description = "output file (JSON lines), or - for standard output (default)")
  String output = "-";

  @Option(
      names = {"-f", "--format"},
      description = "input format: ${COMPLETION-CANDIDATES} (default: from the file extension)")
  Format format = Format.AUTO;

  @Option(
      names = {"-c", "--column"},
      description = "CSV column holding the text (default: text)")
  String column = "text";

  @Option(
      names = "--id-column",
      description = "CSV column holding the record id (default: id if present, else the row)")
  @Nullable String idColumn;

  @Option(
      names = {"-l", "--lang"},
      description = "language of records that give none: fr, en, de, es, it (default: all)")
  @Nullable String lang;

  @Option(
      names = "--max-length",
      description = "longest comment accepted, in characters (default: ${DEFAULT-VALUE})")
  int maxLength = 16 * 1024 * 1024;

  @Option(
      names = "--progress-every",
      description = "records between progress lines on standard error (default: ${DEFAULT-VALUE})")
  int progressEvery = 100_000;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
  private long records;
  private long characters;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec().commandLine().getErr();
    Format f = format == Format.AUTO ? guess(input) : format;
    @Nullable Language defaultLanguage = lang == null ? null : language(lang);
    if (lang != null && defaultLanguage == null) {
      err.println("text-control: unsupported --lang " + lang + " (use fr, en, de, es or it)");
      return 2;
    }
    TextControl control = TextControl.builder().maxLength(maxLength).build();
    long started = System.nanoTime();
    try (InputStream in = open(input);
        OutputStream out = create(output);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      Reader reader =
          new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      switch (f) {
        case CSV:
          csv(reader, control, defaultLanguage, json, err);
          break;
        case TEXT:
          text((BufferedReader) reader, control, defaultLanguage, json, err);
          break;
        default:
          jsonl((BufferedReader) reader, control, defaultLanguage, json, err);
      }
    } catch (MalformedInputException e) {
      err.println("text-control: " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println("text-control: cannot read or write: " + e.getCause().getMessage());
      return 1;
    }
    summary(err, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }

  private static Format guess(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".csv")) {
      return Format.CSV;
    }
    if (p.endsWith(".txt")) {
      return Format.TEXT;
    }
    return Format.JSONL;
  }

  private static @Nullable Language language(String code) {
    try {
      return Language.fromCode(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static InputStream open(String path) throws IOException {
    return path.equals("-") ? System.in : Files.newInputStream(Path.of(path));
  }

  private static OutputStream create(String path) throws IOException {
    if (path.equals("-")) {
      return new java.io.FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newOutputStream(Path.of(path));
  }

  private void jsonl(
      BufferedReader reader,
      TextControl control,
      @Nullable Language defaultLanguage,
      JsonGenerator json,
      PrintWriter err)
      throws IOException {
    String line;
    long lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        throw new MalformedInputException(
            "line " + lineNo + ": malformed JSON" + (col > 0 ? " near column " + col : ""));
      }
      if (node == null || !node.isObject()) {
        throw new MalformedInputException("line " + lineNo + ": expected a JSON object");
      }
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        throw new MalformedInputException("line " + lineNo + ": missing string field \"text\"");
      }
      JsonNode id = node.get("id");
      if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
        throw new MalformedInputException(
            "line " + lineNo + ": missing field \"id\" (a string or an integer)");
      }
      JsonNode l = node.get("lang");
      @Nullable Language language = defaultLanguage;
      if (l != null && l.isTextual()) {
        language = language(l.asText());
      }
      write(json, id, null, scan(control, text.asText(), language, lineNo), text.asText());
      progress(err);
    }
  }

  private void text(
      BufferedReader reader,
      TextControl control,
      @Nullable Language defaultLanguage,
      JsonGenerator json,
      PrintWriter err)
      throws IOException {
    String line;
    long lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      write(json, null, Long.toString(lineNo), scan(control, line, defaultLanguage, lineNo), line);
      progress(err);
    }
  }

  private void csv(
      Reader reader,
      TextControl control,
      @Nullable Language defaultLanguage,
      JsonGenerator json,
      PrintWriter err)
      throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(reader, fmt)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (!header.containsKey(column)) {
        throw new MalformedInputException(
            "line 1: CSV header has no column \"" + column + "\" (choose one with --column)");
      }
      String ids = idColumn != null ? idColumn : header.containsKey("id") ? "id" : null;
      if (ids != null && !header.containsKey(ids)) {
        throw new MalformedInputException("line 1: CSV header has no column \"" + ids + "\"");
      }
      long row = 0;
      try {
        for (CSVRecord record : parser) {
          row++;
          long line = parser.getCurrentLineNumber();
          if (!record.isConsistent()) {
            throw new MalformedInputException(
                "line "
                    + line
                    + ": expected "
                    + header.size()
                    + " columns, found "
                    + record.size());
          }
          String text = record.get(column);
          String id = ids == null ? Long.toString(row) : record.get(ids);
          write(json, null, id, scan(control, text, defaultLanguage, line), text);
          progress(err);
        }
      } catch (UncheckedIOException e) {
        throw new MalformedInputException(
            "line "
                + parser.getCurrentLineNumber()
                + ": malformed CSV ("
                + e.getCause().getClass().getSimpleName()
                + ")");
      }
    }
  }

  private Report scan(TextControl control, String text, @Nullable Language language, long lineNo) {
    try {
      return language == null ? control.scan(text) : control.scan(text, language);
    } catch (TextLimitExceededException e) {
      throw new MalformedInputException("line " + lineNo + ": " + e.getMessage());
    }
  }

  private void write(
      JsonGenerator json,
      @Nullable JsonNode id,
      @Nullable String textId,
      Report report,
      String text)
      throws IOException {
    records++;
    characters += text.length();
    json.writeStartObject();
    json.writeFieldName("id");
    if (id != null) {
      mapper.writeTree(json, id);
    } else {
      json.writeString(textId);
    }
    json.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      counts.merge(f.kind(), 1, Integer::sum);
      json.writeStartObject();
      json.writeStringField("kind", f.kind().name());
      json.writeNumberField("start", f.start());
      json.writeNumberField("end", f.end());
      json.writeStringField("text", f.text());
      json.writeNumberField("confidence", Math.round(f.confidence() * 1000) / 1000.0);
      json.writeStringField("rule", f.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private void progress(PrintWriter err) {
    if (progressEvery > 0 && records % progressEvery == 0) {
      err.printf(
          Locale.ROOT, "text-control: %,d records, %,d characters scanned%n", records, characters);
    }
  }

  private void summary(PrintWriter err, double seconds) {
    int total = 0;
    err.printf(Locale.ROOT, "%-20s %8s  %s%n", "kind", "findings", "group (GDPR article)");
    for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
      total += e.getValue();
      err.printf(
          Locale.ROOT,
          "%-20s %8d  %s (%s)%n",
          e.getKey(),
          e.getValue(),
          e.getKey().group(),
          e.getKey().group().article());
    }
    err.printf(
        Locale.ROOT,
        "%-20s %8d  in %,d records, %,d characters, %.2f s%n",
        "total",
        total,
        records,
        characters,
        seconds);
  }

  /** Input that cannot be read as the chosen format; the message names the line. */
  static final class MalformedInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedInputException(String message) {
      super(message);
    }
  }
}
