package io.github.gdpr4j.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/** The sample CRM registry of the issue, declared in code; {@code sample-crm-purposes.yaml} too. */
final class SampleCrm {
  static final PurposeId PROSPECTING = PurposeId.of("prospecting");
  static final PurposeId CUSTOMER_MANAGEMENT = PurposeId.of("customer-management");
  static final PurposeId NEWSLETTER = PurposeId.of("newsletter");
  static final PurposeId INVOICING = PurposeId.of("invoicing");
  static final PurposeId SUPPORT = PurposeId.of("support");

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);

  private SampleCrm() {}

  static ControllerDetails controller() {
    return ControllerDetails.of(
            "Acme CRM SAS", "12 rue de la Paix, 75002 Paris; privacy@acme.example")
        .withDpo("dpo@acme.example")
        .withSecurityMeasures(
            "TLS 1.2+ in transit; AES-256 encryption at rest",
            "Role-based access control with quarterly review",
            "Audit trail of processing decisions (gdpr4j)");
  }

  static PurposeRegistry registry() {
    Transfer scc =
        new Transfer(
            "Support tooling vendor",
            "US",
            Transfer.Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
            "SCC 2021/914 module 2, signed 2024-06-01");
    return PurposeRegistry.builder()
        .purpose(
            "prospecting",
            p ->
                p.description(
                        "Prospection commerciale des entreprises clientes potentielles",
                        "Business-to-business prospecting")
                    .legitimateInterests(
                        new LegitimateInterestAssessment(
                            "Developing the customer base by contacting professionals about"
                                + " related products",
                            "Contacts are limited to professional details relevant to the"
                                + " prospect's role",
                            "Professionals reasonably expect relevant offers; opt-out in every"
                                + " message",
                            LocalDate.of(2025, 1, 15)))
                    .dataCategories(
                        "identity", "professional contact details", "company", "interactions")
                    .subjectCategories("prospects")
                    .recipients(
                        Recipient.internal("Sales team"),
                        Recipient.processor("CRM hosting provider"))
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(3),
                            RetentionEvent.LAST_CONTACT_BY_SUBJECT,
                            RetentionAction.DELETE))
                    .directMarketing(true))
        .purpose(
            "customer-management",
            p ->
                p.description(
                        "Gestion de la relation client (commandes, livraisons, service)",
                        "Customer relationship management (orders, deliveries, service)")
                    .contract("General terms of sale v4, art. 3")
                    .dataCategories("identity", "contact details", "orders", "payment status")
                    .subjectCategories("customers")
                    .recipients(Recipient.internal("Sales team"), Recipient.processor("Carrier"))
                    .transfer(scc)
                    .retention(
                        RetentionRule.archive(
                            Period.ofYears(3),
                            RetentionEvent.END_OF_RELATIONSHIP,
                            Period.ofYears(2)))
                    .compatibleWith(
                        SUPPORT,
                        new CompatibilityAssessment(
                            "Support answers questions about the same orders and products",
                            "Customers expect help with what they bought",
                            "Same contact and order data, no special categories",
                            "Faster answers; no decision affecting the customer",
                            "Support agents see only the order concerned",
                            LocalDate.of(2025, 2, 1))))
        .purpose(
            "newsletter",
            p ->
                p.description("Envoi de la lettre d'information", "Sending the newsletter")
                    .consent("newsletter-2025-03")
                    .dataCategories("e-mail address", "first name")
                    .subjectCategories("customers", "prospects")
                    .recipients(Recipient.processor("E-mail service provider"))
                    .retention(
                        RetentionRule.of(
                            Period.ZERO, RetentionEvent.CONSENT_WITHDRAWAL, RetentionAction.DELETE))
                    .directMarketing(true))
        .purpose(
            "invoicing",
            p ->
                p.description("Facturation et comptabilité", "Invoicing and bookkeeping")
                    .legalObligation(
                        "Code de commerce, art. L123-22 (10-year retention of accounting records)")
                    .dataCategories("identity", "billing address", "invoices")
                    .subjectCategories("customers")
                    .recipients(
                        Recipient.internal("Accounting"),
                        new Recipient("Statutory auditor", Recipient.Kind.CONTROLLER),
                        new Recipient("Tax authority", Recipient.Kind.PUBLIC_AUTHORITY))
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(10),
                            RetentionEvent.END_OF_RELATIONSHIP,
                            RetentionAction.DELETE)))
        .purpose(
            "support",
            p ->
                p.description("Assistance aux utilisateurs", "Customer support")
                    .contract("General terms of sale v4, art. 7 (support)")
                    .dataCategories("identity", "contact details", "support tickets")
                    .subjectCategories("customers")
                    .recipients(
                        Recipient.internal("Support team"),
                        Recipient.processor("Support tooling vendor"))
                    .transfer(scc)
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(2),
                            RetentionEvent.LAST_CONTACT_BY_SUBJECT,
                            RetentionAction.ANONYMISE)))
        .build();
  }
}
