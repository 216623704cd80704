package org.easemoberrors.sample;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.easemoberrors.sample.errors.DuplicateUsernameException;
import org.easemoberrors.sample.errors.EasemobErrorMatcher;
import org.easemoberrors.sample.errors.EasemobException;
import org.easemoberrors.sample.errors.EasemobServerException;
import org.easemoberrors.sample.errors.ExpiredTokenException;
import org.easemoberrors.sample.errors.UnauthorizedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: typed catches of a few real-shaped Easemob error responses. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Walks through typed handling of Easemob error responses.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--locale", paramLabel = "TAG", description = "BCP 47 language tag of the causes (default: en).")
  String locale = "en";

  private static final String[][] RESPONSES = {
    {"400", "{\"error\":\"duplicate_unique_property_exists\",\"exception\":\"org.apache.usergrid.rest.exceptions.IllegalArgumentException\",\"timestamp\":1542609999016,\"duration\":0,\"error_description\":\"Application 4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5Entity user requires that property named username be unique, value of dddd exists\"}"},
    {"401", "{\"error\":\"unauthorized\",\"error_description\":\"Unable to authenticate due to expired access token\"}"},
    {"401", "{\"error\":\"auth_bad_access_token\",\"error_description\":\"Unable to authenticate due to corrupt access token\"}"},
    {"503", "<html><body>Service Unavailable</body></html>"},
    {"500", "{\"error\":\"no_full_text_index\",\"error_description\":\"Entity 'user' with property named 'username' is not full text indexed.  You cannot use the 'contains' operand on this field\"}"},
  };

  @Override
  public Integer call() {
    Locale chosen = Locale.forLanguageTag(locale);
    for (String[] response : RESPONSES) {
      int status = Integer.parseInt(response[0]);
      try {
        throw EasemobErrorMatcher.from(status, response[1]);
      } catch (DuplicateUsernameException e) {
        System.out.println("DuplicateUsernameException: user '" + e.value() + "' exists -> " + e.action().code() + ": " + e.cause(chosen));
      } catch (ExpiredTokenException e) {
        System.out.println("ExpiredTokenException -> " + e.action().code() + ": " + e.cause(chosen));
      } catch (UnauthorizedException e) {
        System.out.println("UnauthorizedException (" + e.getClass().getSimpleName() + ") -> " + e.action().code() + ": " + e.cause(chosen));
      } catch (EasemobServerException e) {
        System.out.println("EasemobServerException " + e.status() + " (" + e.getClass().getSimpleName() + ", entry " + e.entryId() + ") -> "
            + e.action().code() + ": " + e.cause(chosen));
      } catch (EasemobException e) {
        System.out.println("EasemobException " + e.status() + " -> " + e.action().code() + ": " + e.cause(chosen));
      }
    }
    return 0;
  }
}
