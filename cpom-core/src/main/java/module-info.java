/**
 * cpom: the finance rules of French CPOM contracts (contrats pluriannuels d'objectifs et de moyens) of the
 * médico-social sector, as pure functions over immutable values.
 *
 * <p>The module does no I/O and opens no network connection. It depends on the JSR-354 API and on
 * {@code moneta-core} only for the {@link javax.money.MonetaryAmount} view of its amounts; it never uses
 * currency conversion.
 */
module org.cpom.core {
  requires transitive java.money;
  requires org.javamoney.moneta;
  requires static org.immutables.value.annotations;

  exports org.cpom;
  exports org.cpom.money;
  exports org.cpom.calendar;
  exports org.cpom.param;
  exports org.cpom.trace;
  exports org.cpom.referential;
  exports org.cpom.contract;
  exports org.cpom.activity;
  exports org.cpom.dotation;
  exports org.cpom.payment;
  exports org.cpom.result;
  exports org.cpom.budget;
  exports org.cpom.accounts;
  exports org.cpom.finance;
  exports org.cpom.investment;
  exports org.cpom.dialogue;
}
