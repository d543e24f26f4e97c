package io.github.gdpr4j.core;

import static io.github.gdpr4j.core.DataSubjectRight.ACCESS;
import static io.github.gdpr4j.core.DataSubjectRight.ERASURE;
import static io.github.gdpr4j.core.DataSubjectRight.NO_AUTOMATED_DECISION;
import static io.github.gdpr4j.core.DataSubjectRight.OBJECTION;
import static io.github.gdpr4j.core.DataSubjectRight.PORTABILITY;
import static io.github.gdpr4j.core.DataSubjectRight.RECTIFICATION;
import static io.github.gdpr4j.core.DataSubjectRight.RESTRICTION;
import static io.github.gdpr4j.core.DataSubjectRight.WITHDRAW_CONSENT;
import static io.github.gdpr4j.core.LegalBasis.CONSENT;
import static io.github.gdpr4j.core.LegalBasis.CONTRACT;
import static io.github.gdpr4j.core.LegalBasis.LEGAL_OBLIGATION;
import static io.github.gdpr4j.core.LegalBasis.LEGITIMATE_INTERESTS;
import static io.github.gdpr4j.core.LegalBasis.PUBLIC_TASK;
import static io.github.gdpr4j.core.LegalBasis.VITAL_INTERESTS;
import static io.github.gdpr4j.core.RightRule.Availability.LIMITED;
import static io.github.gdpr4j.core.RightRule.Availability.NO;
import static io.github.gdpr4j.core.RightRule.Availability.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rights matrix: every Art. 6(1) basis against every right, written out by hand from the
 * Regulation so that the test does not restate the implementation.
 */
class LegalBasisRightsMatrixTest {

  private record Cell(
      LegalBasis basis,
      DataSubjectRight right,
      RightRule.Availability availability,
      String article,
      String why) {}

  private static final List<Cell> MATRIX =
      List.of(
          // Art. 15, 16, 18(1): on every basis
          new Cell(CONSENT, ACCESS, YES, "Art. 15(1)", "access on every basis"),
          new Cell(CONTRACT, ACCESS, YES, "Art. 15(1)", "access on every basis"),
          new Cell(LEGAL_OBLIGATION, ACCESS, YES, "Art. 15(1)", "access on every basis"),
          new Cell(VITAL_INTERESTS, ACCESS, YES, "Art. 15(1)", "access on every basis"),
          new Cell(PUBLIC_TASK, ACCESS, YES, "Art. 15(1)", "access on every basis"),
          new Cell(LEGITIMATE_INTERESTS, ACCESS, YES, "Art. 15(1)", "access on every basis"),
          new Cell(CONSENT, RECTIFICATION, YES, "Art. 16", "rectification on every basis"),
          new Cell(CONTRACT, RECTIFICATION, YES, "Art. 16", "rectification on every basis"),
          new Cell(LEGAL_OBLIGATION, RECTIFICATION, YES, "Art. 16", "rectification on every basis"),
          new Cell(VITAL_INTERESTS, RECTIFICATION, YES, "Art. 16", "rectification on every basis"),
          new Cell(PUBLIC_TASK, RECTIFICATION, YES, "Art. 16", "rectification on every basis"),
          new Cell(
              LEGITIMATE_INTERESTS, RECTIFICATION, YES, "Art. 16", "rectification on every basis"),
          new Cell(CONSENT, RESTRICTION, YES, "Art. 18(1)", "restriction on every basis"),
          new Cell(CONTRACT, RESTRICTION, YES, "Art. 18(1)", "restriction on every basis"),
          new Cell(LEGAL_OBLIGATION, RESTRICTION, YES, "Art. 18(1)", "restriction on every basis"),
          new Cell(VITAL_INTERESTS, RESTRICTION, YES, "Art. 18(1)", "restriction on every basis"),
          new Cell(PUBLIC_TASK, RESTRICTION, YES, "Art. 18(1)", "restriction on every basis"),
          new Cell(
              LEGITIMATE_INTERESTS, RESTRICTION, YES, "Art. 18(1)", "restriction on every basis"),
          // Art. 17: grounds (1)(a)-(c), exception (3)(b)
          new Cell(CONSENT, ERASURE, YES, "Art. 17(1)(b)", "erasure after withdrawal of consent"),
          new Cell(CONTRACT, ERASURE, YES, "Art. 17(1)(a)", "erasure once no longer necessary"),
          new Cell(
              LEGAL_OBLIGATION, ERASURE, NO, "Art. 17(3)(b)", "no erasure of data a law requires"),
          new Cell(
              VITAL_INTERESTS, ERASURE, YES, "Art. 17(1)(a)", "erasure once no longer necessary"),
          new Cell(
              PUBLIC_TASK,
              ERASURE,
              NO,
              "Art. 17(3)(b)",
              "no erasure of data a public task requires"),
          new Cell(LEGITIMATE_INTERESTS, ERASURE, YES, "Art. 17(1)(c)", "erasure after objection"),
          // Art. 20: (1)(a) consent or contract; (3) never public task
          new Cell(CONSENT, PORTABILITY, YES, "Art. 20(1)(a)", "portability of consented data"),
          new Cell(CONTRACT, PORTABILITY, YES, "Art. 20(1)(a)", "portability of contract data"),
          new Cell(
              LEGAL_OBLIGATION,
              PORTABILITY,
              NO,
              "Art. 20(1)(a)",
              "portability only for (a) and (b)"),
          new Cell(
              VITAL_INTERESTS,
              PORTABILITY,
              NO,
              "Art. 20(1)(a)",
              "portability only for (a) and (b)"),
          new Cell(PUBLIC_TASK, PORTABILITY, NO, "Art. 20(3)", "no portability for a public task"),
          new Cell(
              LEGITIMATE_INTERESTS,
              PORTABILITY,
              NO,
              "Art. 20(1)(a)",
              "portability only for (a) and (b)"),
          // Art. 21(1): (e) and (f) only
          new Cell(CONSENT, OBJECTION, NO, "Art. 21(1)", "withdraw consent instead"),
          new Cell(CONTRACT, OBJECTION, NO, "Art. 21(1)", "objection only for (e) and (f)"),
          new Cell(LEGAL_OBLIGATION, OBJECTION, NO, "Art. 21(1)", "objection only for (e) and (f)"),
          new Cell(VITAL_INTERESTS, OBJECTION, NO, "Art. 21(1)", "objection only for (e) and (f)"),
          new Cell(PUBLIC_TASK, OBJECTION, YES, "Art. 21(1)", "objection to a public task"),
          new Cell(
              LEGITIMATE_INTERESTS,
              OBJECTION,
              YES,
              "Art. 21(1)",
              "objection to legitimate interests"),
          // Art. 22: (1) everywhere, exceptions (2)(a) contract, (b) law, (c) explicit consent
          new Cell(
              CONSENT,
              NO_AUTOMATED_DECISION,
              LIMITED,
              "Art. 22(2)(c)",
              "explicit-consent exception"),
          new Cell(CONTRACT, NO_AUTOMATED_DECISION, LIMITED, "Art. 22(2)(a)", "contract exception"),
          new Cell(
              LEGAL_OBLIGATION,
              NO_AUTOMATED_DECISION,
              LIMITED,
              "Art. 22(2)(b)",
              "exception authorised by law"),
          new Cell(VITAL_INTERESTS, NO_AUTOMATED_DECISION, YES, "Art. 22(1)", "no exception"),
          new Cell(PUBLIC_TASK, NO_AUTOMATED_DECISION, YES, "Art. 22(1)", "no exception"),
          new Cell(LEGITIMATE_INTERESTS, NO_AUTOMATED_DECISION, YES, "Art. 22(1)", "no exception"),
          // Art. 7(3): consent only
          new Cell(
              CONSENT, WITHDRAW_CONSENT, YES, "Art. 7(3)", "consent can be withdrawn at any time"),
          new Cell(
              CONTRACT, WITHDRAW_CONSENT, NO, "Art. 7(3)", "nothing to withdraw without consent"),
          new Cell(
              LEGAL_OBLIGATION,
              WITHDRAW_CONSENT,
              NO,
              "Art. 7(3)",
              "nothing to withdraw without consent"),
          new Cell(
              VITAL_INTERESTS,
              WITHDRAW_CONSENT,
              NO,
              "Art. 7(3)",
              "nothing to withdraw without consent"),
          new Cell(
              PUBLIC_TASK,
              WITHDRAW_CONSENT,
              NO,
              "Art. 7(3)",
              "nothing to withdraw without consent"),
          new Cell(
              LEGITIMATE_INTERESTS,
              WITHDRAW_CONSENT,
              NO,
              "Art. 7(3)",
              "nothing to withdraw without consent"));

  static Stream<Arguments> matrix() {
    return MATRIX.stream()
        .map(c -> Arguments.of(c.basis(), c.right(), c.availability(), c.article(), c.why()));
  }

  @Test
  void matrix_coversEveryBasisTimesEveryRight_once() {
    Set<String> cells = new HashSet<>();
    for (Cell c : MATRIX) {
      assertThat(cells.add(c.basis() + "/" + c.right()))
          .as("duplicate cell %s/%s", c.basis(), c.right())
          .isTrue();
    }
    assertThat(cells).hasSize(LegalBasis.values().length * DataSubjectRight.values().length);
  }

  @ParameterizedTest(name = "{0} x {1}: {2} under {3}")
  @MethodSource("matrix")
  void basis_right_hasAvailabilityAndArticle(
      LegalBasis basis,
      DataSubjectRight right,
      RightRule.Availability availability,
      String article,
      String why) {
    RightRule rule = basis.rightRule(right);
    assertThat(rule.availability())
        .as("%s: %s (%s x %s)", article, why, basis, right)
        .isEqualTo(availability);
    assertThat(rule.article())
        .as("%s: %s (%s x %s)", article, why, basis, right)
        .isEqualTo(article);
    assertThat(rule.right()).isEqualTo(right);
    assertThat(basis.rights().contains(right))
        .as("%s: rights() agrees with rightRule() for %s x %s", article, basis, right)
        .isEqualTo(availability != NO);
  }

  @Nested
  class Shortcuts {
    @Test
    void withdrawal_onlyConsent() {
      for (LegalBasis b : LegalBasis.values()) {
        assertThat(b.allowsWithdrawal())
            .as("Art. 7(3): withdrawal for %s", b)
            .isEqualTo(b == CONSENT);
      }
    }

    @Test
    void portability_onlyConsentAndContract() {
      for (LegalBasis b : LegalBasis.values()) {
        assertThat(b.grantsPortability())
            .as("Art. 20(1)(a): portability for %s", b)
            .isEqualTo(b == CONSENT || b == CONTRACT);
      }
    }

    @Test
    void objection_onlyPublicTaskAndLegitimateInterests() {
      for (LegalBasis b : LegalBasis.values()) {
        assertThat(b.allowsObjection())
            .as("Art. 21(1): objection for %s", b)
            .isEqualTo(b == PUBLIC_TASK || b == LEGITIMATE_INTERESTS);
      }
    }

    @Test
    void documentation_perBasis() {
      assertThat(CONSENT.requiredDocumentation())
          .as("Art. 7(1): notice version")
          .contains(LegalBasis.Documentation.CONSENT_NOTICE_VERSION);
      assertThat(CONTRACT.requiredDocumentation())
          .as("Art. 6(1)(b): contract reference")
          .contains(LegalBasis.Documentation.CONTRACT_REFERENCE);
      assertThat(LEGAL_OBLIGATION.requiredDocumentation())
          .as("Art. 6(3): the law")
          .contains(LegalBasis.Documentation.LAW);
      assertThat(VITAL_INTERESTS.requiredDocumentation())
          .as("Art. 6(1)(d): nothing further")
          .isEmpty();
      assertThat(PUBLIC_TASK.requiredDocumentation())
          .as("Art. 6(3): the public task")
          .contains(LegalBasis.Documentation.PUBLIC_TASK);
      assertThat(LEGITIMATE_INTERESTS.requiredDocumentation())
          .as("Art. 6(1)(f): the LIA")
          .contains(LegalBasis.Documentation.LEGITIMATE_INTEREST_ASSESSMENT);
    }

    @Test
    void articles_followArt6Letters() {
      assertThat(EnumSet.allOf(LegalBasis.class).stream().map(LegalBasis::article).toList())
          .containsExactly(
              "Art. 6(1)(a)",
              "Art. 6(1)(b)",
              "Art. 6(1)(c)",
              "Art. 6(1)(d)",
              "Art. 6(1)(e)",
              "Art. 6(1)(f)");
    }

    @Test
    void nullRight_rejectedByName() {
      assertThatThrownBy(() -> CONSENT.rightRule(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("right");
    }
  }

  @Nested
  class DirectMarketingPurposes {
    private Purpose purpose(LegalBasis basis, boolean directMarketing) {
      Purpose.Builder b =
          Purpose.builder(PurposeId.of("p"))
              .description("fr", "en")
              .legalBasis(basis)
              .dataCategories("e-mail")
              .subjectCategories("prospects")
              .retention(
                  RetentionRule.of(
                      Period.ofYears(3), RetentionEvent.COLLECTION, RetentionAction.DELETE))
              .directMarketing(directMarketing);
      switch (basis) {
        case CONSENT -> b.consentNotice("v1");
        case CONTRACT -> b.contractReference("terms");
        case LEGAL_OBLIGATION -> b.law("law");
        case PUBLIC_TASK -> b.task("task");
        case LEGITIMATE_INTERESTS ->
            b.legitimateInterestAssessment(
                new LegitimateInterestAssessment("i", "n", "b", LocalDate.of(2025, 1, 1)));
        case VITAL_INTERESTS -> {}
      }
      return b.build();
    }

    @Test
    void directMarketing_opensObjection_onEveryBasis() {
      for (LegalBasis b : LegalBasis.values()) {
        RightRule rule = purpose(b, true).rightRule(OBJECTION);
        assertThat(rule.availability())
            .as("Art. 21(2): objection to direct marketing on %s", b)
            .isEqualTo(YES);
        assertThat(rule.article()).isEqualTo("Art. 21(2)");
      }
    }

    @Test
    void otherPurposes_followTheirBasis() {
      for (LegalBasis b : LegalBasis.values()) {
        for (DataSubjectRight r : DataSubjectRight.values()) {
          assertThat(purpose(b, false).rightRule(r))
              .as(
                  "%s: a purpose that is not direct marketing has the rights of its basis",
                  b.article())
              .isEqualTo(b.rightRule(r));
        }
      }
    }
  }
}
