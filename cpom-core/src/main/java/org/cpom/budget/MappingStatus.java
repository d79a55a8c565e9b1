package org.cpom.budget;

/**
 * How far the group given to an account in an {@link AccountMapping} was checked against a source.
 *
 * <p>The composition of the groupes fonctionnels is set by the arrêté of 8 August 2002 (under L315-15 and
 * R314-13), whose account table the library does not reproduce. The shipped mapping therefore marks each
 * entry with the source its group rests on.
 */
public enum MappingStatus {
  /** The group of the account was read in a regulatory text (the arrêté or a normalised budget frame). */
  VERIFIED,
  /** A secondary source (named in the entry's source column) gives the group. */
  SECONDARY,
  /** The group comes from recollection of the normalised budget model; check it before relying on it. */
  UNVERIFIED
}
