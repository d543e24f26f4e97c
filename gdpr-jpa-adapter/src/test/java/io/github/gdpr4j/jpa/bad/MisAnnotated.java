package io.github.gdpr4j.jpa.bad;

import static io.github.gdpr4j.core.LegalBasis.CONSENT;
import static io.github.gdpr4j.core.LegalBasis.CONTRACT;

import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.jpa.Anonymise;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.LegalBasis;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.Retention;
import io.github.gdpr4j.jpa.SpecialCategory;
import io.github.gdpr4j.jpa.SuppressOnErasure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A model with one mistake per entity, each of a kind bootstrap must report; all are reported at
 * once. Checked against the example CRM's registry.
 */
public final class MisAnnotated {
  private MisAnnotated() {}

  /** Every entity of the mis-annotated model. */
  public static final Class<?>[] ENTITIES = {
    NoPurpose.class,
    UnknownPurpose.class,
    InvalidPurposeId.class,
    SpecialWithoutCondition.class,
    RetentionWithoutField.class,
    RetentionOnText.class,
    SubjectOfWrongType.class,
    SubjectCollection.class,
    NoSubject.class,
    WrongBasis.class,
    FieldWidensBasis.class,
    UndeclaredCategory.class,
    UnknownPreset.class,
    ArchiveWithoutMarker.class,
    ArchiveMarkerNotDate.class,
    KeepWithoutExemption.class,
    AnonymiseMisfit.class,
    SuppressOnNumber.class
  };

  /** Personal data, no purpose anywhere. */
  @Entity
  @Table(name = "bad_no_purpose")
  public static class NoPurpose {
    @Id @DataSubject Long id;

    @PersonalData(category = "contact-details")
    String email;
  }

  /** A typo in a purpose id. */
  @Entity
  @Table(name = "bad_unknown_purpose")
  @Purpose("newsleter")
  public static class UnknownPurpose {
    @Id @DataSubject Long id;

    @PersonalData(category = "contact-details")
    String email;
  }

  /** Not a purpose id at all. */
  @Entity
  @Table(name = "bad_invalid_purpose")
  @Purpose("Marketing Team!")
  public static class InvalidPurposeId {
    @Id @DataSubject Long id;
  }

  /** Art. 9 data without an Art. 9(2) condition. */
  @Entity
  @Table(name = "bad_special")
  @Purpose("customer-relationship")
  public static class SpecialWithoutCondition {
    @Id @DataSubject Long id;

    @SpecialCategory(category = io.github.gdpr4j.core.SpecialCategory.HEALTH)
    String allergies;
  }

  /** A retention start field that does not exist. */
  @Entity
  @Table(name = "bad_retention_missing")
  @Purpose("customer-relationship")
  @Retention(
      period = "P3Y",
      from = RetentionEvent.END_OF_RELATIONSHIP,
      startField = "closedAt",
      action = RetentionAction.DELETE)
  public static class RetentionWithoutField {
    @Id @DataSubject Long id;

    Instant endedAt;
  }

  /** A retention start field that is not a date, and a period that is not a period. */
  @Entity
  @Table(name = "bad_retention_text")
  @Purpose("customer-relationship")
  @Retention(
      period = "3 years",
      from = RetentionEvent.LAST_CONTACT_BY_SUBJECT,
      startField = "lastContact",
      action = RetentionAction.DELETE)
  public static class RetentionOnText {
    @Id @DataSubject Long id;

    String lastContact;
  }

  /** A subject reference that does not resolve to an id. */
  @Entity
  @Table(name = "bad_subject_type")
  @Purpose("customer-relationship")
  public static class SubjectOfWrongType {
    @Id Long id;

    @DataSubject Instant subjectSince;

    @PersonalData(category = "identity")
    String name;
  }

  /** A subject that is a collection. */
  @Entity
  @Table(name = "bad_subject_collection")
  @Purpose("customer-relationship")
  public static class SubjectCollection {
    @Id Long id;

    @DataSubject @OneToMany List<NoPurpose> people;

    @PersonalData(category = "identity")
    String name;
  }

  /** Personal data about nobody in particular. */
  @Entity
  @Table(name = "bad_no_subject")
  @Purpose("customer-relationship")
  public static class NoSubject {
    @Id Long id;

    @PersonalData(category = "identity")
    String name;
  }

  /** The declared basis disagrees with the registry. */
  @Entity
  @Table(name = "bad_wrong_basis")
  @Purpose("customer-relationship")
  @LegalBasis(CONSENT)
  public static class WrongBasis {
    @Id @DataSubject Long id;
  }

  /** A field widens the entity's basis. */
  @Entity
  @Table(name = "bad_widening")
  @Purpose("customer-relationship")
  @LegalBasis(CONTRACT)
  public static class FieldWidensBasis {
    @Id @DataSubject Long id;

    @LegalBasis({CONTRACT, CONSENT})
    @PersonalData(category = "identity")
    String name;
  }

  /** A category the record of processing does not list for the purpose. */
  @Entity
  @Table(name = "bad_category")
  @Purpose("customer-relationship")
  public static class UndeclaredCategory {
    @Id @DataSubject Long id;

    @PersonalData(category = "location")
    String lastSeenAt;
  }

  /** A retention preset core does not have. */
  @Entity
  @Table(name = "bad_preset")
  @Purpose("invoicing")
  @Retention(preset = "ACCOUNTANCY", startField = "issuedAt")
  public static class UnknownPreset {
    @Id @DataSubject Long id;

    Instant issuedAt;
  }

  /** An ARCHIVE rule without the marker of the intermediate archive. */
  @Entity
  @Table(name = "bad_archive_no_marker")
  @Purpose("customer-relationship")
  @Retention(
      period = "P3Y",
      from = RetentionEvent.END_OF_RELATIONSHIP,
      startField = "endedAt",
      action = RetentionAction.ARCHIVE,
      purgeAfter = "P5Y")
  public static class ArchiveWithoutMarker {
    @Id @DataSubject Long id;

    Instant endedAt;
  }

  /** An ARCHIVE rule whose marker is not a date. */
  @Entity
  @Table(name = "bad_archive_marker_text")
  @Purpose("customer-relationship")
  @Retention(
      period = "P3Y",
      from = RetentionEvent.END_OF_RELATIONSHIP,
      startField = "endedAt",
      action = RetentionAction.ARCHIVE,
      purgeAfter = "P5Y",
      archivedField = "archivedBy")
  public static class ArchiveMarkerNotDate {
    @Id @DataSubject Long id;

    Instant endedAt;

    String archivedBy;
  }

  /** A KEEP without its Art. 17(3) exemption, keeping a field that does not exist. */
  @Entity
  @Table(name = "bad_keep")
  @Purpose("customer-relationship")
  @Erasure(
      action = Erasure.Action.KEEP,
      until = "P10Y",
      keep = {"amount", "total"})
  public static class KeepWithoutExemption {
    @Id @DataSubject Long id;

    Integer amount;
  }

  /** A token in a number, and a null in a non-nullable column. */
  @Entity
  @Table(name = "bad_anonymise")
  @Purpose("customer-relationship")
  public static class AnonymiseMisfit {
    @Id @DataSubject Long id;

    @PersonalData(category = "identity")
    @Anonymise(with = Anonymise.With.TOKEN)
    Integer birthYear;

    @PersonalData(category = "identity")
    @Anonymise(with = Anonymise.With.NULL)
    @Column(nullable = false)
    String fullName;
  }

  /** A suppressed identifier that is not text. */
  @Entity
  @Table(name = "bad_suppress")
  @Purpose("customer-relationship")
  public static class SuppressOnNumber {
    @Id @DataSubject Long id;

    @PersonalData(category = "contact-details")
    @SuppressOnErasure(IdentifierKind.PHONE)
    Long phone;
  }
}
