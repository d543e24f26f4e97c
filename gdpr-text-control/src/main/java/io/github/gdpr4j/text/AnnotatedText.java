package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A text cut into consecutive segments, each with the kinds of the findings covering it: what a
 * user interface needs to underline flagged words, with no HTML involved.
 *
 * <p>The segments cover the whole text, in order, without gaps or overlaps; a segment without kinds
 * is plain text. Immutable and thread-safe. {@link #toString()} prints kinds and offsets only,
 * never the text.
 *
 * <pre>{@code
 * AnnotatedText at = AnnotatedText.of(comment, control.scan(comment));
 * for (AnnotatedText.Segment s : at.segments()) {
 *   ui.append(s.text(), s.isFlagged() ? Style.UNDERLINE : Style.PLAIN);
 * }
 * }</pre>
 *
 * @param segments the segments, covering the text in order
 */
public record AnnotatedText(List<Segment> segments) {

  /**
   * One stretch of text and the kinds of the findings covering all of it.
   *
   * @param start start in the text, inclusive
   * @param end end in the text, exclusive, greater than {@code start}
   * @param text the characters of the stretch
   * @param kinds the kinds covering it; empty for plain text
   */
  public record Segment(int start, int end, String text, Set<Kind> kinds) {

    /**
     * Validates and copies the segment.
     *
     * @throws NullPointerException if {@code text} or {@code kinds} is null
     * @throws IllegalArgumentException if the span is empty or does not match the text length
     */
    public Segment {
      Objects.requireNonNull(text, "text");
      kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
      if (start < 0 || end <= start || text.length() != end - start) {
        throw new IllegalArgumentException("Segment span [" + start + ", " + end + ") is invalid");
      }
    }

    /**
     * Tells whether a finding covers this segment.
     *
     * @return {@code true} if {@link #kinds()} is not empty
     */
    public boolean isFlagged() {
      return !kinds.isEmpty();
    }

    /**
     * Describes the segment without its text.
     *
     * @return for example {@code Segment[3, 12, [HEALTH]]}
     */
    @Override
    public String toString() {
      return "Segment[" + start + ", " + end + ", " + new TreeSet<>(kinds) + "]";
    }
  }

  /**
   * Validates and copies the segments.
   *
   * @throws NullPointerException if {@code segments} or an element is null
   * @throws IllegalArgumentException if the segments are not consecutive from 0
   */
  public AnnotatedText {
    segments = List.copyOf(segments);
    int at = 0;
    for (Segment s : segments) {
      if (s.start() != at) {
        throw new IllegalArgumentException("segments must be consecutive, gap at " + at);
      }
      at = s.end();
    }
  }

  /**
   * Cuts a text along the findings of its report.
   *
   * @param text the scanned text; not null
   * @param report the report of {@code text}; not null
   * @return the annotated text; no segment for an empty text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the report was made for a text of another length
   */
  public static AnnotatedText of(CharSequence text, Report report) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(report, "report");
    if (report.textLength() != text.length()) {
      throw new IllegalArgumentException(
          "report is for a text of length " + report.textLength() + ", not " + text.length());
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Finding f : report.findings()) {
      cuts.add(f.start());
      cuts.add(f.end());
    }
    List<Segment> out = new ArrayList<>(cuts.size());
    Integer prev = null;
    for (Integer cut : cuts) {
      if (prev != null && cut > prev) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Finding f : report.findings()) {
          if (f.start() <= prev && f.end() >= cut) {
            kinds.add(f.kind());
          }
        }
        out.add(new Segment(prev, cut, text.subSequence(prev, cut).toString(), kinds));
      }
      prev = cut;
    }
    return new AnnotatedText(out);
  }

  /**
   * Returns the flagged segments only.
   *
   * @return the segments with at least one kind; an unmodifiable list
   */
  public List<Segment> flagged() {
    List<Segment> out = new ArrayList<>();
    for (Segment s : segments) {
      if (s.isFlagged()) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
