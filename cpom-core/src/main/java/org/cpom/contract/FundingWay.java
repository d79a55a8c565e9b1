package org.cpom.contract;

/**
 * How the means of a fiche-action are funded ("moyens" of the arrêté du 3 mars 2017
 * model contract).
 */
public enum FundingWay {
  /** Within the existing base (base reconductible), with no extra credit. */
  WITHIN_BASE,
  /** By redeploying credits already in the base from one use or ESMS to another. */
  REDEPLOYMENT,
  /** By crédits non reconductibles (CNR): a one-off credit for a given year, not added to the base. */
  CNR,
  /** By a mesure nouvelle: new recurring credits added to the base from the year they are granted. */
  MESURE_NOUVELLE
}
