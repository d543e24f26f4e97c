package io.github.gdpr4j.core;

import java.time.Period;

/**
 * Retention rules from the French supervisory authority's reference for commercial management:
 * CNIL, délibération n° 2021-131 du 23 septembre 2021 portant adoption d'un référentiel relatif aux
 * traitements de données à caractère personnel mis en œuvre aux fins de gestion des activités
 * commerciales (the "référentiel gestion commerciale", section on retention periods). They are
 * starting points for a French controller, not legal advice; other member states' authorities may
 * expect other periods.
 *
 * <p>Rules that run from a payment or an accounting event use custom events; record them in {@link
 * RetentionFacts} under {@link #CARD_DEBIT} and {@link #FINANCIAL_YEAR_END}.
 *
 * <pre>{@code
 * RetentionStatus s = RetentionPresets.PROSPECT.evaluate(facts, clock.instant());
 * }</pre>
 */
public final class RetentionPresets {

  /** The custom event of the card payment rules: the day the card was debited. */
  public static final String CARD_DEBIT = "card-debit";

  /** The custom event of the accounting rule: the close of the financial year. */
  public static final String FINANCIAL_YEAR_END = "financial-year-end";

  /**
   * Prospects: three years from collection or from the last contact the prospect initiated (a
   * reply, a click counts only where the référentiel says so), then deleted. Source: CNIL
   * délibération 2021-131, retention of prospects' data ("3 ans à compter de leur collecte ou du
   * dernier contact émanant du prospect").
   */
  public static final RetentionRule PROSPECT =
      RetentionRule.of(
          Period.ofYears(3), RetentionEvent.LAST_CONTACT_BY_SUBJECT, RetentionAction.DELETE);

  /**
   * Customers, for prospecting: three years after the end of the commercial relationship (the last
   * purchase, the end of a warranty or subscription), then deleted. Source: CNIL délibération
   * 2021-131, customers' data used for commercial prospecting.
   */
  public static final RetentionRule CUSTOMER_PROSPECTING =
      RetentionRule.of(
          Period.ofYears(3), RetentionEvent.END_OF_RELATIONSHIP, RetentionAction.DELETE);

  /**
   * Contracts: kept for the duration of the contract, then in intermediate archive with restricted
   * access for five years (the civil limitation period, Code civil art. 2224), then purged. Source:
   * CNIL délibération 2021-131, data needed to prove a right or a contract.
   */
  public static final RetentionRule CONTRACT =
      RetentionRule.archive(Period.ZERO, RetentionEvent.END_OF_RELATIONSHIP, Period.ofYears(5));

  /**
   * Accounting documents and vouchers: ten years from the close of the financial year (Code de
   * commerce art. L123-22), in intermediate archive, then purged. Source: CNIL délibération
   * 2021-131, accounting obligations. Runs from the custom event {@link #FINANCIAL_YEAR_END}.
   */
  public static final RetentionRule ACCOUNTING =
      new RetentionRule(
          Period.ZERO,
          RetentionEvent.CUSTOM,
          FINANCIAL_YEAR_END,
          RetentionAction.ARCHIVE,
          Period.ofYears(10));

  /**
   * Payment card data: out of the active base once the transaction is paid, then in intermediate
   * archive for thirteen months after the debit date as evidence for a dispute (Code monétaire et
   * financier art. L133-24), then purged. Source: CNIL délibération 2021-131, bank card data. Runs
   * from the custom event {@link #CARD_DEBIT}.
   */
  public static final RetentionRule PAYMENT_CARD =
      new RetentionRule(
          Period.ZERO,
          RetentionEvent.CUSTOM,
          CARD_DEBIT,
          RetentionAction.ARCHIVE,
          Period.ofMonths(13));

  /**
   * Payment card data for a deferred-debit card: as {@link #PAYMENT_CARD} but fifteen months.
   * Source: CNIL délibération 2021-131, bank card data.
   */
  public static final RetentionRule PAYMENT_CARD_DEFERRED_DEBIT =
      new RetentionRule(
          Period.ZERO,
          RetentionEvent.CUSTOM,
          CARD_DEBIT,
          RetentionAction.ARCHIVE,
          Period.ofMonths(15));

  /**
   * The card security code (CVV/CVC): never stored, not even archived. A zero period from
   * collection makes any stored code due for deletion the instant it was collected; the real
   * control is not to persist it. Source: CNIL délibération 2021-131, bank card data ("le
   * cryptogramme visuel ne doit pas être stocké").
   */
  public static final RetentionRule CARD_SECURITY_CODE =
      RetentionRule.of(Period.ZERO, RetentionEvent.COLLECTION, RetentionAction.DELETE);

  private RetentionPresets() {}
}
