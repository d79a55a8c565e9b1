package org.cpom.contract;

import java.util.Optional;
import org.cpom.internal.Checks;
import org.immutables.value.Value;

/**
 * A strategic objective of the contract, drawn from the diagnostic partagé and broken into fiches-actions
 * (arrêté du 3 mars 2017, titre 1, art. 2 and 3 of the model contract).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objective {
  Objective() {}

  /**
   * Creates an objective with no diagnostic finding recorded.
   *
   * @param id its identifier in the contract, e.g. "OS1"
   * @param title its title
   * @return the objective
   */
  public static Objective of(String id, String title) {
    return ImmutableObjective.of(id, title);
  }

  /**
   * Creates an objective with the finding of the diagnostic partagé it answers.
   *
   * @param id its identifier in the contract, e.g. "OS1"
   * @param title its title
   * @param diagnosticFinding the finding of the diagnostic it answers
   * @return the objective
   */
  public static Objective of(String id, String title, String diagnosticFinding) {
    return ImmutableObjective.builder().id(id).title(title).diagnosticFinding(diagnosticFinding).build();
  }

  /**
   * The identifier, unique in the contract.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The title.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract String title();

  /**
   * The finding of the diagnostic partagé the objective answers.
   *
   * @return the finding, or empty
   */
  public abstract Optional<String> diagnosticFinding();

  @Value.Check
  void check() {
    Checks.notBlank(id(), "objective.id");
    Checks.notBlank(title(), "objective.title");
    diagnosticFinding().ifPresent(f -> Checks.notBlank(f, "objective.diagnosticFinding"));
  }
}
