package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

  private static Finding finding(Kind kind, String text, int start, int end) {
    return new Finding(kind, start, end, text.substring(start, end), 0.9, "t", "k");
  }

  @Test
  void of_cutsPlainAndFlaggedSegmentsCoveringTheText() {
    String text = "client diabétique, radin";
    Report report =
        new Report(
            text.length(),
            List.of(finding(Kind.HEALTH, text, 7, 17), finding(Kind.OFFENSIVE, text, 19, 24)));

    AnnotatedText at = AnnotatedText.of(text, report);

    assertThat(at.segments())
        .extracting(AnnotatedText.Segment::text)
        .containsExactly("client ", "diabétique", ", ", "radin");
    assertThat(at.flagged())
        .extracting(AnnotatedText.Segment::kinds)
        .containsExactly(Set.of(Kind.HEALTH), Set.of(Kind.OFFENSIVE));
  }

  @Test
  void of_overlappingFindings_segmentCarriesBothKinds() {
    String text = "abcdef";
    Report report =
        new Report(
            6, List.of(finding(Kind.HEALTH, text, 0, 4), finding(Kind.OFFENSIVE, text, 2, 6)));

    AnnotatedText at = AnnotatedText.of(text, report);

    assertThat(at.segments()).hasSize(3);
    assertThat(at.segments().get(1).kinds()).containsExactlyInAnyOrder(Kind.HEALTH, Kind.OFFENSIVE);
  }

  @Test
  void of_emptyText_hasNoSegment() {
    assertThat(AnnotatedText.of("", new Report(0, List.of())).segments()).isEmpty();
  }

  @Test
  void of_reportOfAnotherText_isRefused() {
    assertThatThrownBy(() -> AnnotatedText.of("abc", new Report(5, List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_neverPrintsTheText() {
    String text = "client diabétique";
    AnnotatedText at =
        AnnotatedText.of(
            text, new Report(text.length(), List.of(finding(Kind.HEALTH, text, 7, 17))));

    assertThat(at.toString()).doesNotContain("diabétique").contains("HEALTH");
  }
}
