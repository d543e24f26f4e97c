/**
 * The rights of access (Art. 15), portability (Art. 20) and erasure (Art. 17) over the annotated
 * JPA entities: {@link io.github.gdpr4j.jpa.rights.SubjectExporter} streams a subject's rows as
 * JSON or as a Markdown report with the Art. 15(1) information; {@link
 * io.github.gdpr4j.jpa.rights.SubjectEraser} deletes, anonymises or keeps them as each entity's
 * {@link io.github.gdpr4j.jpa.Erasure} declares, in one transaction with a ledger and suppression;
 * {@link io.github.gdpr4j.jpa.rights.JpaPersonalDataHandler} plugs both into the core {@code
 * RightsRequestProcessor}.
 *
 * <pre>{@code
 * SubjectExporter exporter = SubjectExporter.builder(emf, registry).build();
 * exporter.writeJson(subject, SubjectExporter.Scope.ACCESS, out);
 * SubjectEraser eraser = SubjectEraser.builder(emf).suppression(suppression).build();
 * ErasureReport report = eraser.erase(subject, "req-7");
 * }</pre>
 *
 * <p>Limits: singular attributes only (element collections and embedded personal data are not
 * exported or erased; embedded personal data is reported at build).
 */
@NullMarked
package io.github.gdpr4j.jpa.rights;

import org.jspecify.annotations.NullMarked;
