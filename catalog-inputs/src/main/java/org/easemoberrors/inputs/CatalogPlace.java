package org.easemoberrors.inputs;

/**
 * Where a catalogue name from {@code @EasemobErrors(catalog = ...)} is looked up, in this order
 * (the order of the constants): the first place that holds a file of that name is the one read.
 * The processor looks in these places inside javac; the Maven plugin looks in the same places,
 * as Maven configures them for the compiler, to tell whether a catalogue changed. The default
 * catalogue is not looked up here: the processor loads it from its own jar.
 */
public enum CatalogPlace {
  /** The directories of the processor option {@code easemob.errors.path}, in the order given. */
  SEARCH_PATH("option easemob.errors.path"),
  /** The source path (with Maven, the source roots). */
  SOURCE_PATH("source path"),
  /** The class output, where Maven's resources plugin copies {@code src/main/resources}. */
  CLASS_OUTPUT("class output"),
  /** The class path: directories and jars, in order. */
  CLASS_PATH("class path");

  private final String description;

  CatalogPlace(String description) {
    this.description = description;
  }

  /** How messages name the place ("class output"). */
  public String description() {
    return description;
  }
}
