package org.relearning.identity.library;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.relearning.platform.error.NotFoundException;

/** Reads and creates libraries. */
@Stateless
public class LibraryService {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  public Optional<Library> find(long id) {
    return Optional.ofNullable(em.find(Library.class, id));
  }

  public Library get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("library", id));
  }

  public Optional<Library> findByCode(String code) {
    return em.createNamedQuery("Library.byCode", Library.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Library> all() {
    return em.createNamedQuery("Library.all", Library.class).getResultList();
  }

  public Library create(String code, String nameTh, String nameEn, String province) {
    Library library = new Library(code, nameTh, nameEn, province);
    em.persist(library);
    return library;
  }
}
