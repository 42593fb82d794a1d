package org.relearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryDetails;
import org.relearning.identity.library.LibraryService;
import org.relearning.web.support.Messages;

/**
 * The programme's libraries, for the system administrator: a page at a time (there are hundreds),
 * added and edited in a dialog. The service checks the role and the code.
 */
@Named("adminLibraries")
@ViewScoped
public class AdminLibrariesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LibraryService libraries;

  // transient: it holds the rows of the page shown; a node that takes over the session makes a new
  // one, which loads the page again
  private transient LazyDataModel<Library> model;
  private Long editingId;
  private String code;
  private String nameTh;
  private String nameEn;
  private String province;

  @PostConstruct
  void init() {
    model = new Libraries();
  }

  /** Loads only the rows of the page shown. */
  private final class Libraries extends LazyDataModel<Library> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) libraries.count();
    }

    @Override
    public List<Library> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return libraries.page(first, pageSize);
    }

    @Override
    public String getRowKey(Library library) {
      return String.valueOf(library.getId());
    }
  }

  public void startNew() {
    editingId = null;
    code = nameTh = nameEn = province = null;
  }

  public void edit(Library library) {
    editingId = library.getId();
    code = library.getCode();
    nameTh = library.getNameTh();
    nameEn = library.getNameEn();
    province = library.getProvince();
  }

  public void save() {
    LibraryDetails details = new LibraryDetails(code, nameTh, nameEn, province);
    Library saved =
        editingId == null ? libraries.add(details) : libraries.update(editingId, details);
    Messages.info(
        editingId == null ? "admin.libraries.added" : "admin.libraries.saved", saved.getCode());
    startNew();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public LazyDataModel<Library> getModel() {
    if (model == null) {
      model = new Libraries();
    }
    return model;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameTh() {
    return nameTh;
  }

  public void setNameTh(String nameTh) {
    this.nameTh = nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }
}
