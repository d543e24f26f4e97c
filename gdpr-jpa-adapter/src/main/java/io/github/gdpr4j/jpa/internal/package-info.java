/**
 * Implementation of the JPA integration shared by its packages: annotation metadata, model
 * validation and text-control support. Not API: the module does not export it, and its types may
 * change in any release.
 */
@NullMarked
package io.github.gdpr4j.jpa.internal;

import org.jspecify.annotations.NullMarked;
