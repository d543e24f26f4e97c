package io.github.gdpr4j.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Loads a {@link PurposeRegistry} from a YAML file that a DPO can read and review in a pull
 * request. Needs {@code org.snakeyaml:snakeyaml-engine} on the class path (an optional dependency
 * of core).
 *
 * <p>Keys are kebab-case; enum values are the constant names in kebab-case ({@code
 * legitimate-interests}, {@code explicit-consent}); periods are ISO-8601 ({@code P3Y}); dates are
 * {@code YYYY-MM-DD}.
 *
 * <pre>{@code
 * purposes:
 *   - id: newsletter
 *     description:
 *       fr: Envoi de la lettre d'information
 *       en: Sending the newsletter
 *     legal-basis: consent            # Art. 6(1)(a)
 *     consent-notice: newsletter-v3   # Art. 7(1)
 *     data-categories: [identity, e-mail address]
 *     subject-categories: [customers, prospects]
 *     recipients:
 *       - { name: Marketing team, kind: internal }
 *     retention: { duration: P3Y, from: consent-withdrawal, action: delete }
 *     direct-marketing: true
 * }</pre>
 *
 * <p>The other purpose keys are {@code explicit-consent}, {@code contract-reference}, {@code law},
 * {@code public-task}, {@code legitimate-interest-assessment} ({@code interest}, {@code necessity},
 * {@code balancing}, {@code assessed-on}), {@code special-categories}, {@code art9-condition},
 * {@code criminal-data}, {@code transfers} ({@code recipient}, {@code country}, {@code safeguard},
 * {@code reference}), {@code retention.custom-event}, {@code retention.purge-after} and {@code
 * compatible-purposes} ({@code purpose}, {@code link}, {@code context}, {@code nature-of-data},
 * {@code consequences}, {@code safeguards}, {@code assessed-on}).
 *
 * <p>Loading reports every problem at once in a {@link GdprConfigurationException}, each prefixed
 * with {@code source:line:}: syntax errors, unknown keys, wrong types and values, and the same
 * validation as {@link PurposeRegistry.Builder#build()}. Any input yields a registry or that
 * exception. Input is bounded: at most {@value #MAX_CHARS} characters, {@value #MAX_DEPTH} levels
 * of nesting, and aliases are not allowed.
 *
 * <p>Stateless and thread-safe.
 */
public final class PurposeRegistryYaml {

  /** The largest accepted document, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  /** The deepest accepted nesting of collections. */
  public static final int MAX_DEPTH = 16;

  private static final Map<String, String> KEY_OF_FIELD =
      Map.of("task", "public-task", "criminalData", "criminal-data");

  /** Where to point when a field is missing: the key that needs it. */
  private static final Map<String, String> NEAREST =
      Map.of(
          "art9Condition", "specialCategories",
          "consentNotice", "legalBasis",
          "contractReference", "legalBasis",
          "law", "legalBasis",
          "task", "legalBasis",
          "legitimateInterestAssessment", "legalBasis");

  private PurposeRegistryYaml() {}

  /**
   * Loads the registry from a UTF-8 file.
   *
   * @param file the YAML file
   * @return the registry
   * @throws GdprConfigurationException listing every problem found, with line numbers
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PurposeRegistry load(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read purpose registry " + file, e);
    }
    return parse(text, file.toString());
  }

  /**
   * Parses the registry from YAML text.
   *
   * @param yaml the document
   * @param sourceName the name used in messages, such as the file name
   * @return the registry
   * @throws GdprConfigurationException listing every problem found, with line numbers
   */
  public static PurposeRegistry parse(String yaml, String sourceName) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(sourceName, "sourceName");
    return new Loader(sourceName).load(yaml);
  }

  /** One load: collects problems with their lines. Not thread-safe; one instance per call. */
  private static final class Loader {
    private final String source;
    private final List<Located> problems = new ArrayList<>();

    /** "index:field" pairs whose value was rejected while reading, so validation skips them. */
    private final Set<String> rejected = new HashSet<>();

    /** Per purpose index: line of each field, and the line of the purpose itself under "". */
    private final List<Map<String, Integer>> lines = new ArrayList<>();

    private record Located(int line, String message) {}

    Loader(String source) {
      this.source = source;
    }

    PurposeRegistry load(String yaml) {
      if (yaml.length() > MAX_CHARS) {
        problem(0, "document too large: " + yaml.length() + " characters, at most " + MAX_CHARS);
        throw fail();
      }
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(source)
              .setAllowDuplicateKeys(false)
              .setAllowRecursiveKeys(false)
              .setAllowNonScalarKeys(false)
              .setMaxAliasesForCollections(0)
              .setCodePointLimit(MAX_CHARS * 4)
              .build();
      Optional<Node> root;
      try {
        // The composer recurses per nesting level: bound the depth with the iterative parser first.
        int depth = 0;
        ParserImpl events = new ParserImpl(settings, new StreamReader(settings, yaml));
        while (events.hasNext()) {
          Event e = events.next();
          switch (e.getEventId()) {
            case MappingStart, SequenceStart -> {
              if (++depth > MAX_DEPTH) {
                problem(line(e.getStartMark()), "nesting deeper than " + MAX_DEPTH + " levels");
                throw fail();
              }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Alias -> {
              problem(line(e.getStartMark()), "aliases (*name) are not allowed");
              throw fail();
            }
            default -> {}
          }
        }
        root =
            new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)))
                .getSingleNode();
      } catch (MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        problem(line(mark), "invalid YAML: " + firstLine(e.getProblem()));
        throw fail();
      } catch (YamlEngineException e) {
        problem(0, "invalid YAML: " + firstLine(String.valueOf(e.getMessage())));
        throw fail();
      }
      if (root.isEmpty() || isNull(root.get())) {
        problem(0, "empty document: expected a mapping with 'purposes'");
        throw fail();
      }
      PurposeRegistry.Builder registry = PurposeRegistry.builder();
      readRoot(root.get(), registry);
      List<PurposeProblem> validation = registry.validate();
      for (PurposeProblem p : validation) {
        if (p.field() != null && rejected.contains(p.index() + ":" + p.field())) {
          continue;
        }
        problem(lineOf(p), p.format(Loader::key));
      }
      if (!problems.isEmpty()) {
        throw fail();
      }
      return registry.buildValidated();
    }

    private int lineOf(PurposeProblem p) {
      if (p.index() < 0 || p.index() >= lines.size()) {
        return 0;
      }
      Map<String, Integer> l = lines.get(p.index());
      String field = p.field();
      Integer line = field == null ? null : l.get(field);
      if (line == null && field != null) {
        // a missing field: point at the key it belongs with, else at the purpose
        line = l.get(NEAREST.getOrDefault(field, ""));
      }
      return line != null ? line : l.getOrDefault("", 0);
    }

    private void readRoot(Node root, PurposeRegistry.Builder registry) {
      MappingNode map = mapping(root, "document");
      if (map == null) {
        return;
      }
      Node purposes = null;
      for (NodeTuple t : map.getValue()) {
        String key = keyOf(t);
        switch (key) {
          case "version" -> {
            String v = scalar(t.getValueNode(), "version");
            if (v != null && !v.equals("1")) {
              problem(line(t.getValueNode()), "unsupported version '" + v + "', expected 1");
            }
          }
          case "purposes" -> purposes = t.getValueNode();
          default ->
              problem(
                  line(t.getKeyNode()),
                  "unknown key '" + key + "' at the top level; expected 'purposes'");
        }
      }
      if (purposes == null) {
        problem(line(root), "no 'purposes' list");
        return;
      }
      SequenceNode list = sequence(purposes, "purposes");
      if (list == null) {
        return;
      }
      for (Node item : list.getValue()) {
        readPurpose(item, registry);
      }
    }

    private void readPurpose(Node node, PurposeRegistry.Builder registry) {
      MappingNode map = mapping(node, "purpose");
      if (map == null) {
        return;
      }
      NodeTuple idTuple = null;
      for (NodeTuple t : map.getValue()) {
        if ("id".equals(keyOf(t))) {
          idTuple = t;
        }
      }
      if (idTuple == null) {
        problem(line(node), "purpose without 'id'");
        return;
      }
      String rawId = scalar(idTuple.getValueNode(), "id");
      if (rawId == null) {
        return;
      }
      PurposeId id;
      try {
        id = PurposeId.of(rawId);
      } catch (IllegalArgumentException e) {
        problem(line(idTuple.getValueNode()), e.getMessage());
        return;
      }
      int index = lines.size();
      Map<String, Integer> fieldLines = new HashMap<>();
      fieldLines.put("", line(node));
      fieldLines.put("id", line(idTuple.getValueNode()));
      lines.add(fieldLines);
      Purpose.Builder b = Purpose.builder(id);
      for (NodeTuple t : map.getValue()) {
        String key = keyOf(t);
        Node v = t.getValueNode();
        String field = field(key);
        fieldLines.put(field, line(t.getKeyNode()));
        int before = problems.size();
        readField(b, id, key, v);
        if (problems.size() > before) {
          rejected.add(index + ":" + field);
        }
      }
      registry.purpose(b);
    }

    private void readField(Purpose.Builder b, PurposeId id, String key, Node v) {
      String where = "purpose '" + id + "', field '" + key + "'";
      switch (key) {
        case "id" -> {}
        case "description" -> {
          Map<String, Node> d = fields(v, where, Set.of("fr", "en"));
          String fr = d.containsKey("fr") ? scalar(d.get("fr"), where + ".fr") : null;
          String en = d.containsKey("en") ? scalar(d.get("en"), where + ".en") : null;
          if (fr != null && en != null) {
            b.description(fr, en);
          } else if (d.size() < 2 && mappingOrNull(v)) {
            problem(line(v), where + ": needs both 'fr' and 'en'");
          }
        }
        case "legal-basis" -> enumValue(v, where, LegalBasis.class, b::legalBasis);
        case "consent-notice" -> text(v, where, b::consentNotice);
        case "explicit-consent" -> {
          Boolean explicit = bool(v, where);
          if (Boolean.TRUE.equals(explicit)) {
            b.explicitConsent();
          }
        }
        case "contract-reference" -> text(v, where, b::contractReference);
        case "law" -> text(v, where, b::law);
        case "public-task" -> text(v, where, b::task);
        case "legitimate-interest-assessment" -> {
          Map<String, Node> d =
              fields(v, where, Set.of("interest", "necessity", "balancing", "assessed-on"));
          LocalDate on = date(d, "assessed-on", v, where);
          String interest = required(d, "interest", v, where);
          String necessity = required(d, "necessity", v, where);
          String balancing = required(d, "balancing", v, where);
          if (on != null && interest != null && necessity != null && balancing != null) {
            b.legitimateInterestAssessment(
                new LegitimateInterestAssessment(interest, necessity, balancing, on));
          }
        }
        case "data-categories" -> eachText(v, where, b::dataCategories);
        case "subject-categories" -> eachText(v, where, b::subjectCategories);
        case "special-categories" -> {
          SequenceNode seq = sequence(v, where);
          if (seq != null) {
            for (Node n : seq.getValue()) {
              enumValue(n, where, SpecialCategory.class, b::specialCategories);
            }
          }
        }
        case "art9-condition" -> enumValue(v, where, Art9Condition.class, b::art9Condition);
        case "criminal-data" -> text(v, where, b::criminalData);
        case "recipients" -> {
          SequenceNode seq = sequence(v, where);
          if (seq != null) {
            for (Node n : seq.getValue()) {
              Map<String, Node> d = fields(n, where, Set.of("name", "kind"));
              String name = required(d, "name", n, where);
              Recipient.Kind kind =
                  d.containsKey("kind") ? enumOf(d.get("kind"), where, Recipient.Kind.class) : null;
              if (!d.containsKey("kind") && mappingOrNull(n)) {
                problem(line(n), where + ": missing 'kind'");
              }
              if (name != null && kind != null) {
                guarded(n, where, () -> b.recipients(new Recipient(name, kind)));
              }
            }
          }
        }
        case "transfers" -> {
          SequenceNode seq = sequence(v, where);
          if (seq != null) {
            for (Node n : seq.getValue()) {
              Map<String, Node> d =
                  fields(n, where, Set.of("recipient", "country", "safeguard", "reference"));
              String recipient = required(d, "recipient", n, where);
              String country = required(d, "country", n, where);
              String reference = required(d, "reference", n, where);
              Transfer.Safeguard safeguard =
                  d.containsKey("safeguard")
                      ? enumOf(d.get("safeguard"), where, Transfer.Safeguard.class)
                      : null;
              if (!d.containsKey("safeguard") && mappingOrNull(n)) {
                problem(line(n), where + ": missing 'safeguard'");
              }
              if (recipient != null && country != null && reference != null && safeguard != null) {
                guarded(
                    n,
                    where,
                    () -> b.transfer(new Transfer(recipient, country, safeguard, reference)));
              }
            }
          }
        }
        case "retention" -> readRetention(b, v, where);
        case "direct-marketing" -> {
          Boolean dm = bool(v, where);
          if (dm != null) {
            b.directMarketing(dm);
          }
        }
        case "compatible-purposes" -> {
          SequenceNode seq = sequence(v, where);
          if (seq != null) {
            for (Node n : seq.getValue()) {
              readFurther(b, n, where);
            }
          }
        }
        default -> problem(line(v), "purpose '" + id + "': unknown key '" + key + "'");
      }
    }

    private void readRetention(Purpose.Builder b, Node v, String where) {
      Map<String, Node> d =
          fields(v, where, Set.of("duration", "from", "custom-event", "action", "purge-after"));
      Period duration = period(d, "duration", v, where, true);
      Period purge = period(d, "purge-after", v, where, false);
      RetentionEvent from =
          d.containsKey("from") ? enumOf(d.get("from"), where, RetentionEvent.class) : null;
      RetentionAction action =
          d.containsKey("action") ? enumOf(d.get("action"), where, RetentionAction.class) : null;
      String custom = d.containsKey("custom-event") ? scalar(d.get("custom-event"), where) : null;
      if (mappingOrNull(v) && (!d.containsKey("from") || !d.containsKey("action"))) {
        problem(line(v), where + ": needs 'duration', 'from' and 'action'");
      }
      if (duration != null && from != null && action != null) {
        guarded(
            v, where, () -> b.retention(new RetentionRule(duration, from, custom, action, purge)));
      }
    }

    private void readFurther(Purpose.Builder b, Node n, String where) {
      Map<String, Node> d =
          fields(
              n,
              where,
              Set.of(
                  "purpose",
                  "link",
                  "context",
                  "nature-of-data",
                  "consequences",
                  "safeguards",
                  "assessed-on"));
      String purpose = required(d, "purpose", n, where);
      LocalDate on = date(d, "assessed-on", n, where);
      String[] factors = new String[5];
      String[] names = {"link", "context", "nature-of-data", "consequences", "safeguards"};
      for (int i = 0; i < names.length; i++) {
        // a missing factor is read as blank: validation then reports it with its article
        Node f = d.get(names[i]);
        String s = f == null ? "" : scalar(f, where + "." + names[i]);
        factors[i] = s == null ? "" : s;
      }
      if (purpose != null && on != null) {
        guarded(
            n,
            where,
            () ->
                b.compatibleWith(
                    PurposeId.of(purpose),
                    new CompatibilityAssessment(
                        factors[0], factors[1], factors[2], factors[3], factors[4], on)));
      }
    }

    // ---------------------------------------------------------------- node helpers

    private @Nullable MappingNode mapping(Node node, String where) {
      if (node instanceof MappingNode m) {
        // the composer keeps duplicate keys (only the constructor checks them): a DPO must not
        // see one value in review while the loader silently takes the other
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
          String key = keyOf(t);
          if (!seen.add(key)) {
            problem(line(t.getKeyNode()), where + ": duplicate key '" + key + "'");
          }
        }
        return m;
      }
      problem(line(node), where + ": expected a mapping (key: value)");
      return null;
    }

    private boolean mappingOrNull(Node node) {
      return node instanceof MappingNode;
    }

    private @Nullable SequenceNode sequence(Node node, String where) {
      if (node instanceof SequenceNode s) {
        return s;
      }
      if (isNull(node)) {
        return new SequenceNode(Tag.SEQ, List.of(), FlowStyle.AUTO);
      }
      problem(line(node), where + ": expected a list");
      return null;
    }

    private @Nullable String scalar(Node node, String where) {
      if (node instanceof ScalarNode s && !isNull(node)) {
        return s.getValue();
      }
      problem(line(node), where + ": expected a single value");
      return null;
    }

    /** Reads a mapping's fields, reporting unknown keys; an invalid node gives an empty map. */
    private Map<String, Node> fields(Node node, String where, Set<String> allowed) {
      Map<String, Node> out = new HashMap<>();
      MappingNode map = mapping(node, where);
      if (map == null) {
        return out;
      }
      for (NodeTuple t : map.getValue()) {
        String key = keyOf(t);
        if (!allowed.contains(key)) {
          problem(
              line(t.getKeyNode()),
              where
                  + ": unknown key '"
                  + key
                  + "'; expected one of "
                  + allowed.stream().sorted().toList());
        } else {
          out.put(key, t.getValueNode());
        }
      }
      return out;
    }

    private @Nullable String required(Map<String, Node> d, String key, Node parent, String where) {
      Node n = d.get(key);
      if (n == null) {
        if (mappingOrNull(parent)) {
          problem(line(parent), where + ": missing '" + key + "'");
        }
        return null;
      }
      return scalar(n, where + "." + key);
    }

    private @Nullable LocalDate date(Map<String, Node> d, String key, Node parent, String where) {
      String s = required(d, key, parent, where);
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        problem(line(d.get(key)), where + "." + key + ": expected a date YYYY-MM-DD");
        return null;
      }
    }

    private @Nullable Period period(
        Map<String, Node> d, String key, Node parent, String where, boolean required) {
      if (!d.containsKey(key) && !required) {
        return null;
      }
      String s = required(d, key, parent, where);
      if (s == null) {
        return null;
      }
      try {
        return Period.parse(s);
      } catch (DateTimeParseException e) {
        problem(line(d.get(key)), where + "." + key + ": expected an ISO-8601 period such as P3Y");
        return null;
      }
    }

    private @Nullable Boolean bool(Node node, String where) {
      String s = scalar(node, where);
      if (s == null) {
        return null;
      }
      if (s.equals("true") || s.equals("false")) {
        return Boolean.valueOf(s);
      }
      problem(line(node), where + ": expected true or false");
      return null;
    }

    private void text(Node node, String where, Consumer<String> setter) {
      String s = scalar(node, where);
      if (s != null) {
        guarded(node, where, () -> setter.accept(s));
      }
    }

    private void eachText(Node node, String where, Consumer<String> setter) {
      SequenceNode seq = sequence(node, where);
      if (seq == null) {
        return;
      }
      for (Node n : seq.getValue()) {
        text(n, where, setter);
      }
    }

    private <E extends Enum<E>> void enumValue(
        Node node, String where, Class<E> type, Consumer<E> setter) {
      E e = enumOf(node, where, type);
      if (e != null) {
        setter.accept(e);
      }
    }

    private <E extends Enum<E>> @Nullable E enumOf(Node node, String where, Class<E> type) {
      String s = scalar(node, where);
      if (s == null) {
        return null;
      }
      String name = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      List<String> allowed = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      problem(line(node), where + ": unknown value '" + s + "'; expected one of " + allowed);
      return null;
    }

    /** Runs a setter whose value types validate their input, reporting the rejection. */
    private void guarded(Node node, String where, Runnable action) {
      try {
        action.run();
      } catch (IllegalArgumentException e) {
        problem(line(node), where + ": " + e.getMessage());
      }
    }

    private String keyOf(NodeTuple t) {
      Node k = t.getKeyNode();
      return k instanceof ScalarNode s ? s.getValue() : "?";
    }

    private static boolean isNull(Node node) {
      return node.getTag().equals(Tag.NULL);
    }

    private static int line(Node node) {
      return line(node.getStartMark());
    }

    private static int line(Optional<Mark> mark) {
      return mark.map(m -> m.getLine() + 1).orElse(0);
    }

    private static String firstLine(String s) {
      int nl = s.indexOf('\n');
      return nl < 0 ? s : s.substring(0, nl);
    }

    /** Maps a YAML key to the builder field it sets (kebab-case to camelCase). */
    private static String field(String key) {
      for (Map.Entry<String, String> e : KEY_OF_FIELD.entrySet()) {
        if (e.getValue().equals(key)) {
          return e.getKey();
        }
      }
      StringBuilder sb = new StringBuilder(key.length());
      boolean upper = false;
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c == '-') {
          upper = true;
        } else {
          sb.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return sb.toString();
    }

    /** Maps a builder field to its YAML key (camelCase to kebab-case). */
    private static String key(String field) {
      String mapped = KEY_OF_FIELD.get(field);
      if (mapped != null) {
        return mapped;
      }
      StringBuilder sb = new StringBuilder(field.length() + 4);
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (Character.isUpperCase(c)) {
          sb.append('-').append(Character.toLowerCase(c));
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }

    private void problem(int line, String message) {
      problems.add(new Located(line, message));
    }

    private GdprConfigurationException fail() {
      List<Located> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(Located::line));
      List<String> messages = new ArrayList<>();
      for (Located p : sorted) {
        messages.add(source + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
      }
      return new GdprConfigurationException(messages);
    }
  }
}
