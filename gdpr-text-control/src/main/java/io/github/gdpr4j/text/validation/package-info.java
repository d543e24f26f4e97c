/**
 * Jakarta Bean Validation for CRM comment fields: the {@link
 * io.github.gdpr4j.text.validation.ControlledText} constraint.
 *
 * <pre>{@code
 * class Contact {
 *   @ControlledText                                   // default policy: Art. 9/10 and insults block
 *   String comment;
 *
 *   @ControlledText(identifiers = Action.BLOCK, languages = Language.FR)
 *   String internalNote;
 * }
 * }</pre>
 *
 * <p>Violation messages come from {@code ValidationMessages} (English and French); with Hibernate
 * Validator, each violation also carries the scan {@link io.github.gdpr4j.text.Report} as its
 * dynamic payload so that a form can underline the spans.
 */
@NullMarked
package io.github.gdpr4j.text.validation;

import org.jspecify.annotations.NullMarked;
