package org.cpom.accounts;

import org.cpom.Convention;
import org.cpom.LegalBasis;

/** The rules this package cites more than once. */
final class Articles {
  /** LPF A47 A-1: the format of the fichier des écritures comptables. */
  static final LegalBasis FEC = LegalBasis.law("LPF", "A47 A-1");
  /** How cpom reads a FEC where the article is silent. */
  static final LegalBasis READING = LegalBasis.convention(Convention.FEC_READING);
  /** The shape of a trial balance. */
  static final LegalBasis TRIAL_BALANCE = LegalBasis.convention(Convention.TRIAL_BALANCE);

  private Articles() {}
}
