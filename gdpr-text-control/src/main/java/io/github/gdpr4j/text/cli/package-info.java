/**
 * The {@code text-control} command-line tool; the entry point is {@link
 * io.github.gdpr4j.text.cli.Main}.
 *
 * <pre>{@code
 * java -jar text-control-cli.jar scan --input comments.jsonl --output findings.jsonl
 * java -jar text-control-cli.jar scan --input export.csv --column comment --output out.jsonl
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.text.cli;

import org.jspecify.annotations.NullMarked;
