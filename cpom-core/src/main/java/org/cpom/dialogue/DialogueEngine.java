package org.cpom.dialogue;

/**
 * The functions of the dialogue de gestion: indicators from the people and staff records, their comparison with the
 * contract's targets, and the yearly report.
 */
public final class DialogueEngine {
  private DialogueEngine() {}

  // dialogue: people accompanied

  // dialogue: staff

  // dialogue: targets and report
}
