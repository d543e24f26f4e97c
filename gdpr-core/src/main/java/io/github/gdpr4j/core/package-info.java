/**
 * The lawful-processing model: purposes and their Art. 6 legal bases, special categories (Art. 9)
 * and criminal data (Art. 10), consent, objections, restriction, retention, rights requests,
 * processing decisions, audit and the record of processing activities (Art. 30).
 *
 * <p>Entry points: {@link io.github.gdpr4j.core.PurposeRegistry} declares the purposes (in code or
 * from a YAML file through {@link io.github.gdpr4j.core.PurposeRegistryYaml}); {@link
 * io.github.gdpr4j.core.ConsentLedger}, {@link io.github.gdpr4j.core.ObjectionRegister} and {@link
 * io.github.gdpr4j.core.RestrictionRegister} hold the subjects' state; {@link
 * io.github.gdpr4j.core.ProcessingGuard} decides; {@link io.github.gdpr4j.core.RecordOfProcessing}
 * renders the Art. 30 register; {@link io.github.gdpr4j.core.RightsRequestProcessor} runs rights
 * requests across the host's {@link io.github.gdpr4j.core.spi.PersonalDataHandler}s.
 *
 * <pre>{@code
 * PurposeRegistry registry = PurposeRegistry.builder()
 *     .purpose("newsletter", p -> p
 *         .description("Lettre d'information", "Newsletter")
 *         .consent("newsletter-notice-v1")
 *         .dataCategories("e-mail address").subjectCategories("customers")
 *         .retention(RetentionRule.of(Period.ZERO, RetentionEvent.CONSENT_WITHDRAWAL,
 *             RetentionAction.DELETE))
 *         .directMarketing(true))
 *     .build();
 * ProcessingGuard guard = ProcessingGuard.builder(registry)
 *     .consents(consents).objections(objections).restrictions(restrictions).clock(clock).build();
 * Decision decision = guard.decide(SubjectId.of("contact-42"), PurposeId.of("newsletter"));
 * }</pre>
 *
 * <p>Values are immutable and thread-safe; time is read from an injected {@link java.time.Clock}.
 * Nothing here logs or stores personal data values: audit events carry ids and reason codes only.
 */
@NullMarked
package io.github.gdpr4j.core;

import org.jspecify.annotations.NullMarked;
