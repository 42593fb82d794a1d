package org.relearning.web.author;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.relearning.identity.access.Callers;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumService;
import org.relearning.web.support.Navigation;

/** The career paths of the caller's library, and a new one. */
@Named("authorCurricula")
@RequestScoped
public class AuthorCurriculaBacking {

  @EJB private CurriculumService curricula;
  @Inject private Callers callers;

  private String title;
  private List<Curriculum> authored;

  public void create() {
    Curriculum c = curricula.create(callers.current().libraryId(), title);
    Navigation.redirect("/author/curriculum.xhtml?id=" + c.getId());
  }

  public List<Curriculum> getCurricula() {
    if (authored == null) {
      authored = curricula.authoredByCaller();
    }
    return authored;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
