package org.relearning.identity.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Role;
import org.relearning.platform.audit.AuditLog;
import org.relearning.platform.error.BusinessException;
import org.relearning.platform.error.NotFoundException;

/**
 * Reads libraries for everyone; the system administrator adds and edits them ({@link #add}, {@link
 * #update}). {@link #create} is the system's own door (content loaded at first start) and checks no
 * caller.
 */
@Stateless
public class LibraryService {

  @PersistenceContext(unitName = "identity")
  private EntityManager em;

  @Inject private Callers callers;
  @EJB private AuditLog audit;

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

  /** A page of libraries by code, for the administration table (627 and growing). */
  public List<Library> page(int first, int max) {
    return em.createNamedQuery("Library.all", Library.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 200))
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery("Library.count", Long.class).getSingleResult();
  }

  public Library create(String code, String nameTh, String nameEn, String province) {
    Library library = new Library(code, nameTh, nameEn, province);
    em.persist(library);
    return library;
  }

  /** A new library of the programme; only the system administrator adds one. */
  public Library add(LibraryDetails details) {
    Caller caller = callers.require(Role.SYSTEM_ADMIN, "library.add");
    LibraryDetails d = details.checked();
    if (findByCode(d.code()).isPresent()) {
      throw new BusinessException("library.codeTaken", d.code());
    }
    Library library = new Library(d.code(), d.nameTh(), d.nameEn(), d.province());
    em.persist(library);
    em.flush();
    audit.record(
        caller.username(),
        "library.added",
        "library:" + library.getId(),
        library.getId(),
        d.code());
    return library;
  }

  /** Changes a library's code, names and province; only the system administrator may. */
  public Library update(long libraryId, LibraryDetails details) {
    Caller caller = callers.require(Role.SYSTEM_ADMIN, "library.update");
    Library library = get(libraryId);
    LibraryDetails d = details.checked();
    Optional<Library> holder = findByCode(d.code());
    if (holder.isPresent() && !holder.get().getId().equals(libraryId)) {
      throw new BusinessException("library.codeTaken", d.code());
    }
    String before = library.getCode();
    library.change(d.code(), d.nameTh(), d.nameEn(), d.province());
    audit.record(
        caller.username(),
        "library.updated",
        "library:" + libraryId,
        libraryId,
        before.equals(d.code()) ? d.code() : before + " -> " + d.code());
    return library;
  }
}
