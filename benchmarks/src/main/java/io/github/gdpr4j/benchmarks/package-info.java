/**
 * JMH benchmarks of gdpr4j; the entry point is {@link
 * io.github.gdpr4j.benchmarks.TextControlBenchmark}.
 *
 * <pre>{@code
 * mvn -B -q package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar TextControlBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.benchmarks;

import org.jspecify.annotations.NullMarked;
