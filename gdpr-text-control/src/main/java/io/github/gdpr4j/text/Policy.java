package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides what to do with each kind of finding: an {@link Action} per {@link KindGroup}, with
 * overrides per {@link Kind}.
 *
 * <p>{@link #defaults()} follows the regulators' guidance on free-comment fields: special
 * categories (Art. 9(1)), criminal data (Art. 10) and insulting comments (Art. 5(1)(a),(d)) are
 * blocked, and so are payment cards, French social-security numbers and credentials (data whose
 * leak harms the person directly); other identifiers warn (data minimisation, Art. 5(1)(c)).
 *
 * <p>Immutable and thread-safe; {@link #with(KindGroup, Action)} and {@link #with(Kind, Action)}
 * return new policies.
 *
 * <pre>{@code
 * Policy policy = Policy.defaults().with(KindGroup.IDENTIFIER, Action.REDACT);
 * if (policy.decide(report) == Action.BLOCK) { ... }
 * }</pre>
 */
public final class Policy {

  private final Map<KindGroup, Action> byGroup;
  private final Map<Kind, Action> byKind;

  private Policy(Map<KindGroup, Action> byGroup, Map<Kind, Action> byKind) {
    this.byGroup = byGroup;
    this.byKind = byKind;
  }

  /**
   * Returns the policy recommended by the regulators' guidance (see the class documentation).
   *
   * @return the default policy
   */
  public static Policy defaults() {
    Map<KindGroup, Action> groups = new EnumMap<>(KindGroup.class);
    groups.put(KindGroup.IDENTIFIER, Action.WARN);
    groups.put(KindGroup.SPECIAL_CATEGORY, Action.BLOCK);
    groups.put(KindGroup.CRIMINAL, Action.BLOCK);
    groups.put(KindGroup.OFFENSIVE, Action.BLOCK);
    Map<Kind, Action> kinds = new EnumMap<>(Kind.class);
    kinds.put(Kind.PAYMENT_CARD, Action.BLOCK);
    kinds.put(Kind.FR_NIR, Action.BLOCK);
    kinds.put(Kind.CREDENTIAL, Action.BLOCK);
    return new Policy(groups, kinds);
  }

  /**
   * Returns a policy applying one action to every kind.
   *
   * @param action the action; not null
   * @return the policy
   * @throws NullPointerException if {@code action} is null
   */
  public static Policy all(Action action) {
    Objects.requireNonNull(action, "action");
    Map<KindGroup, Action> groups = new EnumMap<>(KindGroup.class);
    for (KindGroup g : KindGroup.values()) {
      groups.put(g, action);
    }
    return new Policy(groups, new EnumMap<>(Kind.class));
  }

  /**
   * Returns a copy of this policy with another action for a whole group; per-kind overrides of that
   * group are removed.
   *
   * @param group the group; not null
   * @param action the action; not null
   * @return the new policy
   * @throws NullPointerException if an argument is null
   */
  public Policy with(KindGroup group, Action action) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(action, "action");
    Map<KindGroup, Action> groups = new EnumMap<>(byGroup);
    groups.put(group, action);
    Map<Kind, Action> kinds = new EnumMap<>(Kind.class);
    for (Map.Entry<Kind, Action> e : byKind.entrySet()) {
      if (e.getKey().group() != group) {
        kinds.put(e.getKey(), e.getValue());
      }
    }
    return new Policy(groups, kinds);
  }

  /**
   * Returns a copy of this policy with another action for one kind.
   *
   * @param kind the kind; not null
   * @param action the action; not null
   * @return the new policy
   * @throws NullPointerException if an argument is null
   */
  public Policy with(Kind kind, Action action) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    Map<Kind, Action> kinds = new EnumMap<>(Kind.class);
    kinds.putAll(byKind);
    kinds.put(kind, action);
    return new Policy(new EnumMap<>(byGroup), kinds);
  }

  /**
   * Returns the action for a kind: its override if any, else its group's action.
   *
   * @param kind the kind; not null
   * @return the action
   * @throws NullPointerException if {@code kind} is null
   */
  public Action actionFor(Kind kind) {
    Action a = byKind.get(Objects.requireNonNull(kind, "kind"));
    return a != null ? a : byGroup.get(kind.group());
  }

  /**
   * Returns the strictest action over the findings of a report.
   *
   * @param report the report; not null
   * @return {@link Action#ALLOW} for a report without findings
   * @throws NullPointerException if {@code report} is null
   */
  public Action decide(Report report) {
    Objects.requireNonNull(report, "report");
    Action worst = Action.ALLOW;
    for (Finding f : report.findings()) {
      worst = worst.stricter(actionFor(f.kind()));
    }
    return worst;
  }

  /**
   * Returns the findings of a report that this policy handles with a given action.
   *
   * @param report the report; not null
   * @param action the action; not null
   * @return the findings in report order; an unmodifiable list
   * @throws NullPointerException if an argument is null
   */
  public List<Finding> findings(Report report, Action action) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(action, "action");
    List<Finding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (actionFor(f.kind()) == action) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Policy)) {
      return false;
    }
    for (Kind k : Kind.values()) {
      if (actionFor(k) != ((Policy) o).actionFor(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Kind k : Kind.values()) {
      h = 31 * h + actionFor(k).hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    Map<Kind, Action> all = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      all.put(k, actionFor(k));
    }
    return "Policy" + all;
  }
}
