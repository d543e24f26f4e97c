package io.github.gdpr4j.core;

/**
 * What the host application wants to do with personal data (Art. 4(2) lists the operations).
 * Restriction of processing (Art. 18(2)) and a suspended retention action (Art. 17(3)(e)) allow
 * {@link #STORE} only.
 */
public enum Operation {
  /** Collect or record new data. */
  COLLECT,
  /** Keep data already held, without otherwise using it. */
  STORE,
  /** Consult, use, combine, adapt or analyse data. */
  USE,
  /** Disclose data by transmission, dissemination or otherwise making it available. */
  DISCLOSE
}
