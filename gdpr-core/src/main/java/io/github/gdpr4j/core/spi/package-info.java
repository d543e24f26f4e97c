/**
 * What integrators implement: the stores that hold consent, objection and restriction state, and
 * the sinks that receive audit events. Built-in implementations come from static factories on each
 * interface.
 */
@NullMarked
package io.github.gdpr4j.core.spi;

import org.jspecify.annotations.NullMarked;
