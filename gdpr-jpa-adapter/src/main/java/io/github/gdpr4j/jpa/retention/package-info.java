/**
 * Retention sweeps (Art. 5(1)(e) storage limitation) over millions of rows: {@link
 * io.github.gdpr4j.jpa.retention.RetentionSweeper} applies each entity's {@link
 * io.github.gdpr4j.jpa.Retention} rule with keyset-paginated bulk statements, one transaction per
 * batch, skipping subjects held by {@link io.github.gdpr4j.jpa.retention.SubjectHolds}.
 *
 * <pre>{@code
 * SweepReport report = RetentionSweeper.builder(emf).clock(clock).build().sweep();
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.jpa.retention;

import org.jspecify.annotations.NullMarked;
