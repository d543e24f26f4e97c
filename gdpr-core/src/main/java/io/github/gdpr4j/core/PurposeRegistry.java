package io.github.gdpr4j.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The purposes a controller declares (Art. 5(1)(b), Art. 30(1)(b)): the single model consent
 * checks, the processing guard, retention sweeps, rights requests and the record of processing
 * read.
 *
 * <p>Declared in code with {@link #builder()}, or loaded from a YAML file a DPO reviews with {@code
 * PurposeRegistryYaml}. Building validates every purpose and the references between them, and
 * reports all problems in one {@link GdprConfigurationException}.
 *
 * <pre>{@code
 * PurposeRegistry registry = PurposeRegistry.builder()
 *     .purpose("invoicing", p -> p
 *         .description("Facturation", "Invoicing")
 *         .legalObligation("Code de commerce, art. L123-22")
 *         .dataCategories("identity", "billing")
 *         .subjectCategories("customers")
 *         .retention(RetentionRule.of(Period.ofYears(10), RetentionEvent.END_OF_RELATIONSHIP,
 *             RetentionAction.DELETE)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PurposeRegistry {

  private final Map<PurposeId, Purpose> purposes;

  private PurposeRegistry(Map<PurposeId, Purpose> purposes) {
    this.purposes = Collections.unmodifiableMap(purposes);
  }

  /**
   * Starts an empty registry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the purpose with {@code id}.
   *
   * @param id the purpose id
   * @return the purpose
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no purpose has that id, naming it and the declared ids
   */
  public Purpose purpose(PurposeId id) {
    Objects.requireNonNull(id, "id");
    Purpose p = purposes.get(id);
    if (p == null) {
      throw new IllegalArgumentException(
          "unknown purpose '" + id + "'; declared purposes: " + purposes.keySet());
    }
    return p;
  }

  /**
   * Returns the purpose with {@code id}, if declared.
   *
   * @param id the purpose id
   * @return the purpose, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Purpose> find(PurposeId id) {
    return Optional.ofNullable(purposes.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Tells whether a purpose with {@code id} is declared.
   *
   * @param id the purpose id
   * @return true if declared
   */
  public boolean contains(PurposeId id) {
    return purposes.containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns every purpose, in declaration order.
   *
   * @return the purposes; unmodifiable
   */
  public List<Purpose> purposes() {
    return List.copyOf(purposes.values());
  }

  @Override
  public String toString() {
    return "PurposeRegistry" + purposes.keySet();
  }

  /**
   * Collects purposes; {@link #build()} validates them all at once. Not thread-safe.
   *
   * <p>Problems reported: missing description, legal basis, basis documentation (contract
   * reference, law, public task, LIA, consent notice version), categories of data or subjects,
   * retention rule; special categories without an Art. 9(2) condition; duplicate purpose ids and
   * entries; further purposes that are unknown, the purpose itself, or lack a complete Art. 6(4)
   * assessment.
   */
  public static final class Builder {
    private final List<Purpose.Builder> builders = new ArrayList<>();

    private Builder() {}

    /**
     * Declares a purpose.
     *
     * @param id the purpose id
     * @param spec sets the purpose's settings
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is not a valid purpose id
     */
    public Builder purpose(String id, Consumer<Purpose.Builder> spec) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(spec, "spec");
      Purpose.Builder b = Purpose.builder(PurposeId.of(id));
      spec.accept(b);
      return purpose(b);
    }

    /**
     * Declares a purpose from its builder. The builder is read when {@link #build()} runs.
     *
     * @param purpose the purpose builder
     * @return this builder
     */
    public Builder purpose(Purpose.Builder purpose) {
      builders.add(Objects.requireNonNull(purpose, "purpose"));
      return this;
    }

    /**
     * Validates every purpose and builds the registry.
     *
     * @return the registry
     * @throws GdprConfigurationException listing every problem found, each naming the purpose and
     *     field
     */
    public PurposeRegistry build() {
      List<PurposeProblem> problems = validate();
      if (!problems.isEmpty()) {
        throw exception(problems, UnaryOperator.identity(), p -> "");
      }
      return buildValidated();
    }

    /** Every problem of the declared purposes, in declaration order. */
    List<PurposeProblem> validate() {
      List<PurposeProblem> problems = new ArrayList<>();
      if (builders.isEmpty()) {
        problems.add(
            new PurposeProblem(
                -1, null, null, "no purpose declared (Art. 5(1)(b), Art. 30(1)(b))"));
      }
      Map<PurposeId, Integer> firstIndex = new HashMap<>();
      for (int i = 0; i < builders.size(); i++) {
        Purpose.Builder b = builders.get(i);
        Integer first = firstIndex.putIfAbsent(b.id(), i);
        if (first != null) {
          problems.add(
              new PurposeProblem(
                  i,
                  b.id().value(),
                  "id",
                  "declared twice (first as purpose #" + (first + 1) + ")"));
        }
      }
      for (int i = 0; i < builders.size(); i++) {
        Purpose.Builder b = builders.get(i);
        b.validate(i, problems);
        for (PurposeId further : b.furtherPurposes()) {
          if (!firstIndex.containsKey(further)) {
            problems.add(
                new PurposeProblem(
                    i,
                    b.id().value(),
                    "compatiblePurposes",
                    "unknown further purpose '"
                        + further
                        + "'; declared purposes: "
                        + firstIndex.keySet().stream().map(PurposeId::value).sorted().toList()));
          }
        }
      }
      return problems;
    }

    PurposeRegistry buildValidated() {
      Map<PurposeId, Purpose> map = new LinkedHashMap<>();
      for (Purpose.Builder b : builders) {
        map.put(b.id(), b.buildValidated());
      }
      return new PurposeRegistry(map);
    }

    static GdprConfigurationException exception(
        List<PurposeProblem> problems,
        UnaryOperator<String> fieldNames,
        Function<PurposeProblem, String> prefix) {
      List<String> messages = new ArrayList<>();
      for (PurposeProblem p : problems) {
        messages.add(prefix.apply(p) + p.format(fieldNames));
      }
      return new GdprConfigurationException(messages);
    }
  }
}
