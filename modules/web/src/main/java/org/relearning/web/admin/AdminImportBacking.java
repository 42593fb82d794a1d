package org.relearning.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.relearning.identity.access.Callers;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.identity.people.PeopleService;
import org.relearning.identity.people.imports.ImportReport;
import org.relearning.identity.people.imports.LearnerCsv;
import org.relearning.web.PublicUrls;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;

/**
 * Learners from a library's CSV list: the file is read and checked row by row, the valid rows are
 * created, and the page reports every row with its line, reason or one-time password link.
 */
@Named("adminImport")
@ViewScoped
public class AdminImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PeopleService people;
  @Inject private LibraryService libraries;
  @Inject private Callers callers;
  @Inject private Language language;

  private transient Part file;
  private Long libraryId;
  private ImportReport report;

  public void upload() throws IOException {
    Long library = libraryId != null ? libraryId : callers.current().libraryId();
    if (library == null) {
      Messages.error("register.libraryRequired");
      return;
    }
    if (file == null || file.getSize() == 0) {
      Messages.error("import.file.empty");
      return;
    }
    if (file.getSize() > LearnerCsv.MAX_BYTES) {
      Messages.error("import.file.tooLarge", LearnerCsv.MAX_BYTES / 1024);
      return;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(LearnerCsv.MAX_BYTES + 1);
    }
    LearnerCsv.Result read = LearnerCsv.read(bytes);
    if (read.refused().isPresent()) {
      report = null;
      Messages.error(read.refused().get().key(), (Object[]) read.refused().get().arguments());
      return;
    }
    report = people.importLearners(library, read);
    Messages.info("admin.import.done", report.created(), report.skipped());
  }

  public String reason(ImportReport.Line line) {
    return line.reasonKey() == null
        ? ""
        : Messages.text(language.getLocale(), line.reasonKey(), line.arguments().toArray());
  }

  public String linkUrl(ImportReport.Line line) {
    if (line.link() == null) {
      return "";
    }
    HttpServletRequest req =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return PublicUrls.base(req) + "/password.xhtml?token=" + line.link().token();
  }

  public List<String> getColumns() {
    return LearnerCsv.COLUMNS;
  }

  public int getMaxRows() {
    return LearnerCsv.MAX_ROWS;
  }

  public List<Library> getLibraries() {
    return libraries.all();
  }

  public List<ImportReport.Line> getLines() {
    return report == null ? List.of() : report.lines();
  }

  public boolean isReported() {
    return report != null;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getLibraryId() {
    return libraryId;
  }

  public void setLibraryId(Long libraryId) {
    this.libraryId = libraryId;
  }
}
