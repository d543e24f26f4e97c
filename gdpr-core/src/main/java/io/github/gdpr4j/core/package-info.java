/**
 * The lawful-processing model: purposes and their Art. 6 legal bases, special categories (Art. 9)
 * and criminal data (Art. 10), consent, objections, restriction, retention, rights requests,
 * processing decisions, audit and the record of processing activities (Art. 30).
 *
 * <p>Values are immutable and thread-safe; time is read from an injected {@link java.time.Clock}.
 */
@NullMarked
package io.github.gdpr4j.core;

import org.jspecify.annotations.NullMarked;
