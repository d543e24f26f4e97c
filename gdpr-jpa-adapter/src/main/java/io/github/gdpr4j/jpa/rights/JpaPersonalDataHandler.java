package io.github.gdpr4j.jpa.rights;

import io.github.gdpr4j.core.ErasureResult;
import io.github.gdpr4j.core.ExportedRecord;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.PersonalDataHandler;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The JPA entities as one core {@link PersonalDataHandler}, so that {@link
 * io.github.gdpr4j.core.RightsRequestProcessor} runs access, portability and erasure requests on
 * them together with the application's other stores.
 *
 * <p>The core SPI passes no request id to {@link #erase}: the ledger records {@code
 * <name>@<instant>} instead. Call {@link SubjectEraser#erase} directly to record the request id.
 *
 * <pre>{@code
 * PersonalDataHandler crm = JpaPersonalDataHandler.of("crm", exporter, eraser, clock);
 * RightsRequestProcessor rights = RightsRequestProcessor.create(List.of(crm), clock, sink);
 * }</pre>
 */
public final class JpaPersonalDataHandler implements PersonalDataHandler {
  private final String name;
  private final SubjectExporter exporter;
  private final SubjectEraser eraser;
  private final Clock clock;

  private JpaPersonalDataHandler(
      String name, SubjectExporter exporter, SubjectEraser eraser, Clock clock) {
    this.name = name;
    this.exporter = exporter;
    this.eraser = eraser;
    this.clock = clock;
  }

  /**
   * Creates the handler.
   *
   * @param name the handler's name in reports, such as {@code "crm"}
   * @param exporter the exporter
   * @param eraser the eraser
   * @param clock the clock naming ledger requests
   * @return the handler
   * @throws IllegalArgumentException if the name is blank
   */
  public static PersonalDataHandler of(
      String name, SubjectExporter exporter, SubjectEraser eraser, Clock clock) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("handler name must not be blank");
    }
    return new JpaPersonalDataHandler(
        name,
        Objects.requireNonNull(exporter, "exporter"),
        Objects.requireNonNull(eraser, "eraser"),
        Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ExportedRecord> export(SubjectId subject) {
    return exporter.export(subject);
  }

  @Override
  public ErasureResult erase(SubjectId subject) {
    return eraser.erase(subject, name + "@" + clock.instant()).toErasureResult();
  }
}
