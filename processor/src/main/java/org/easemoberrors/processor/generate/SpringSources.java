package org.easemoberrors.processor.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.easemoberrors.engine.Engine;

/**
 * The Spring module's handlers as an annotated package gets them, when its compile has Spring: the
 * same for every catalogue, so copied like the engine's sources, with the package line, the
 * prefix of the package's type names and {@code @Generated} changed.
 */
public final class SpringSources {
  /** Where the processor's build puts the Spring module's sources. */
  static final String RESOURCES = "/org/easemoberrors/processor/spring/";

  /** The {@code ResponseErrorHandler} for RestClient and RestTemplate, without the prefix. */
  public static final String HANDLER = "ResponseErrorHandler";

  /** The {@code ExchangeFilterFunction} for WebClient, without the prefix. */
  public static final String FILTER = "ExchangeFilter";

  /** What tells that the user's compile has spring-web. */
  public static final String SPRING_WEB = "org.springframework.web.client.ResponseErrorHandler";

  /** What tells that it has spring-webflux too. */
  public static final String SPRING_WEBFLUX = "org.springframework.web.reactive.function.client.ExchangeFilterFunction";

  /** The generated types the handlers name, besides each other. */
  private static final Pattern TYPES =
      Pattern.compile("\\b" + Engine.PREFIX + "(ErrorMatcher|Exception|" + HANDLER + "|" + FILTER + ")\\b");

  private SpringSources() {}

  /** The handlers a package gets: none without spring-web; the filter only with spring-webflux too. */
  public static List<String> types(boolean springWeb, boolean springWebflux) {
    List<String> types = new ArrayList<>();
    if (springWeb) {
      types.add(HANDLER);
      if (springWebflux) {
        types.add(FILTER);
      }
    }
    return types;
  }

  /** The sources of {@code types} for one package, by simple type name. */
  static Map<String, String> sources(Context ctx, List<String> types) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String type : types) {
      String name = ctx.names().prefix() + type;
      String source = EngineSources.read(RESOURCES, Engine.PREFIX + type + ".java");
      out.put(name, EngineSources.adapt(source, ctx.names().packageName(), ctx.names().prefix(), ctx.generatedAnnotation(), TYPES));
    }
    return out;
  }
}
