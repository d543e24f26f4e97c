/**
 * Detection of personal identifiers and sensitive data in free text; the entry point is {@link
 * io.github.gdpr4j.text.TextControl}.
 *
 * <pre>{@code
 * TextControl control = TextControl.builder().build();   // build once, share across threads
 * Report report = control.scan("rappeler au 06 12 34 56 78, mdp : Azerty123!");
 * for (Finding f : report.findings()) {
 *   underline(f.start(), f.end(), f.kind());
 * }
 * String safe = control.redact(comment, RedactionStyle.PLACEHOLDER);
 * }</pre>
 *
 * <p>Identifiers in a comment field breach data minimisation (GDPR Art. 5(1)(c)); special
 * categories and criminal data are forbidden by default (Art. 9(1), Art. 10).
 */
@NullMarked
package io.github.gdpr4j.text;

import org.jspecify.annotations.NullMarked;
