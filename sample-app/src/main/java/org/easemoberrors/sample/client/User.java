package org.easemoberrors.sample.client;

/** A user as the server answers it: the username and the server's uuid. */
public final class User {
  private final String username;
  private final String uuid;

  public User(String username, String uuid) {
    this.username = username;
    this.uuid = uuid;
  }

  public String username() {
    return username;
  }

  public String uuid() {
    return uuid;
  }

  @Override
  public String toString() {
    return username;
  }
}
