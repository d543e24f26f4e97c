package io.github.gdpr4j.jpa.rights;

import static io.github.gdpr4j.jpa.crm.Crm.CUSTOMER_RELATIONSHIP;
import static io.github.gdpr4j.jpa.crm.Crm.INVOICING;
import static io.github.gdpr4j.jpa.crm.Crm.NEWSLETTER;

import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.jpa.crm.Contact;
import io.github.gdpr4j.jpa.crm.Crm;
import io.github.gdpr4j.jpa.crm.Interaction;
import io.github.gdpr4j.jpa.crm.Invoice;
import io.github.gdpr4j.jpa.crm.NewsletterSubscription;
import io.github.gdpr4j.jpa.retention.RetentionSweeper;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CRM of H5's model plus the rights tables, with two subjects spread over five entities. */
public final class RightsFixture {

  /** Every table of the model, annotated or not, to scan after an erasure. */
  public static final List<String> TABLES =
      List.of(
          "crm_company",
          "crm_contact",
          "crm_interaction",
          "crm_newsletter_subscription",
          "crm_invoice",
          "rights_support_ticket",
          "rights_referral",
          "gdpr_erasure_ledger",
          "gdpr_subject_hold");

  /** Ada's personal values, none of which may survive her erasure except the kept invoice ones. */
  public static final List<String> ADA_VALUES =
      List.of(
          "Ada Lovelace",
          "ada@example.org",
          "Discussed the analytical engine.",
          "Asked for the Bernoulli numbers table.",
          "1 rue de la Paix, Paris",
          "Printer jammed on the engine plans",
          "ada.callback@example.org");

  public final Crm crm = new Crm();
  public final EntityManagerFactory emf;
  public final TestDatabase db;

  public RightsFixture(TestDatabase db) {
    this(db, Map.of());
  }

  public RightsFixture(TestDatabase db, Map<String, Object> extra) {
    this.db = db;
    Map<String, Object> props = new HashMap<>(extra);
    props.put(GdprJpa.CONFIG, crm.config());
    List<Class<?>> classes = new ArrayList<>(List.of(Crm.ENTITIES));
    classes.add(SupportTicket.class);
    classes.add(Referral.class);
    classes.addAll(SubjectEraser.entityClasses());
    classes.addAll(RetentionSweeper.entityClasses());
    this.emf = db.entityManagerFactory(props, classes.toArray(Class<?>[]::new));
  }

  /** Ada: a contact, two interactions, a newsletter subscription, an invoice and a ticket. */
  public Long ada() {
    return subject(
        "Ada Lovelace",
        "ada@example.org",
        List.of(ADA_VALUES.get(2), ADA_VALUES.get(3)),
        ADA_VALUES.get(4),
        ADA_VALUES.get(5),
        ADA_VALUES.get(6));
  }

  /** Bob, who must be left alone by Ada's erasure. */
  public Long bob() {
    return subject(
        "Bob Babbage",
        "bob@example.org",
        List.of("Bob called about the difference engine."),
        "2 quai Branly, Paris",
        "Bob's screen flickers",
        "bob.callback@example.org");
  }

  private Long subject(
      String name,
      String email,
      List<String> notes,
      String address,
      String ticket,
      String callback) {
    Long id =
        Purposes.call(
            CUSTOMER_RELATIONSHIP,
            () ->
                emf.callInTransaction(
                    em -> {
                      Contact c = new Contact(name, email, null);
                      em.persist(c);
                      for (String n : notes) {
                        em.persist(new Interaction(c, n, Instant.parse("2025-06-01T10:00:00Z")));
                      }
                      em.persist(new SupportTicket(c, ticket, callback));
                      return c.id();
                    }));
    crm.giveNewsletterConsent(id);
    Purposes.run(
        NEWSLETTER,
        () ->
            emf.runInTransaction(
                em ->
                    em.persist(
                        new NewsletterSubscription(em.getReference(Contact.class, id), email))));
    Purposes.run(
        INVOICING,
        () ->
            emf.runInTransaction(
                em ->
                    em.persist(
                        new Invoice(
                            id,
                            address,
                            new BigDecimal("120.00"),
                            Instant.parse("2025-12-01T09:00:00Z")))));
    return id;
  }

  public static SubjectId subject(Long id) {
    return SubjectId.of(id.toString());
  }

  /** Every non-null value of every column of {@code table}, as text. */
  public List<String> allValues(String table) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          String v = rs.getString(i);
          if (v != null) {
            values.add(v);
          }
        }
      }
    }
    return values;
  }

  /** Every value of every table, keyed by table. */
  public Map<String, List<String>> snapshot() throws SQLException {
    Map<String, List<String>> all = new HashMap<>();
    for (String t : TABLES) {
      List<String> v = allValues(t);
      v.sort(null);
      all.put(t, v);
    }
    return all;
  }

  /**
   * Inserts {@code n} contacts with ids from {@code firstId}, relationship ended at {@code end}.
   */
  public void insertContacts(long firstId, int n, Instant end) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO crm_contact (id, full_name, email, status, relationship_ended_at)"
                    + " VALUES (?, ?, ?, 'ended', ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < n; i++) {
        long id = firstId + i;
        ps.setLong(1, id);
        ps.setString(2, "Contact " + id);
        ps.setString(3, "c" + id + "@example.org");
        ps.setTimestamp(4, end == null ? null : Timestamp.from(end));
        ps.addBatch();
        if (i % 1000 == 999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  /** Inserts {@code n} interactions of one contact, ids from {@code firstId}. */
  public void insertInteractions(long firstId, int n, long contactId) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO crm_interaction (id, contact_id, comment_text, at) VALUES (?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      Timestamp at = Timestamp.from(Instant.parse("2025-06-01T10:00:00Z"));
      for (int i = 0; i < n; i++) {
        ps.setLong(1, firstId + i);
        ps.setLong(2, contactId);
        ps.setString(3, "Note " + i + " about the renewal.");
        ps.setTimestamp(4, at);
        ps.addBatch();
        if (i % 1000 == 999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  /** Runs one statement over JDBC. */
  public void execute(String sql, Object... params) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  /** Counts rows. */
  public long count(String sql, Object... params) throws SQLException {
    return Long.parseLong(db.queryForStrings(sql, params).get(0));
  }
}
