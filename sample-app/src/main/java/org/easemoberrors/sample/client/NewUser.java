package org.easemoberrors.sample.client;

/** A user to register: username and password (either may be missing, to show the server's checks). */
public final class NewUser {
  private final String username;
  private final String password;

  public NewUser(String username, String password) {
    this.username = username;
    this.password = password;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }
}
