package org.relearning.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;

/**
 * The libraries an administration page lists and names, read once per page view (the pages keep one
 * in a transient field: after a restored view it is read again).
 */
final class LibraryLookup {

  private final Map<Long, Library> byId;

  LibraryLookup(LibraryService libraries) {
    this.byId =
        libraries.all().stream()
            .collect(
                Collectors.toMap(
                    Library::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  List<Library> all() {
    return List.copyOf(byId.values());
  }

  /** The library's name in the language, or "" for none or an unknown id. */
  String name(Long id, Locale locale) {
    Library library = id == null ? null : byId.get(id);
    return library == null ? "" : library.name(locale);
  }
}
