package org.relearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.Account;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.identity.people.IssuedLink;
import org.relearning.identity.people.PeopleService;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.PublicUrls;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;

/**
 * People of the administrator's library (every library, for the system administrator): search,
 * invite an instructor, change a role, deactivate or reactivate, and issue a one-time link to set a
 * password. What the page offers follows {@code RoleGrants}; the service refuses the rest.
 */
@Named("adminPeople")
@ViewScoped
public class AdminPeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PeopleService people;
  @Inject private LibraryService libraries;
  @Inject private Callers callers;
  @Inject private Language language;

  // transient: it holds the rows of the page shown; a node that takes over the session makes a new
  // one, which loads the page again
  private transient LazyDataModel<Account> model;
  private String text;
  private Long libraryFilter;
  private transient LibraryLookup libraryLookup;

  private Long selectedId;
  private String selectedUsername;
  private Role selectedRole;

  private String inviteUsername;
  private String inviteNameTh;
  private String inviteNameEn;
  private Role inviteRole = Role.INSTRUCTOR;
  private Long inviteLibrary;

  private IssuedLink link;

  @PostConstruct
  void init() {
    model = new People();
    inviteLibrary = callers.current().libraryId();
  }

  /** Loads only the rows of the page shown, with the search applied in the database. */
  private final class People extends LazyDataModel<Account> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) people.count(query());
    }

    @Override
    public List<Account> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return people.search(query(), first, pageSize);
    }

    @Override
    public String getRowKey(Account account) {
      return String.valueOf(account.getId());
    }
  }

  private PeopleService.Query query() {
    return new PeopleService.Query(text, libraryFilter);
  }

  /** The search form re-reads the table from its first page. */
  public void search() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent("people:table")
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public boolean mayActOn(Account account) {
    return people.mayActOn(account);
  }

  public List<Role> getGrantableRoles() {
    Set<Role> roles = people.grantableRoles();
    return roles.stream().sorted().toList();
  }

  public List<Library> getLibraries() {
    return lookup().all();
  }

  public String libraryName(Long id) {
    return lookup().name(id, language.getLocale());
  }

  private LibraryLookup lookup() {
    if (libraryLookup == null) {
      libraryLookup = new LibraryLookup(libraries);
    }
    return libraryLookup;
  }

  public void selectForRole(Account account) {
    selectedId = account.getId();
    selectedUsername = account.getUsername();
    selectedRole = account.getRole();
  }

  public void changeRole() {
    Account changed = people.changeRole(selectedId, selectedRole);
    Messages.info(
        "admin.people.roleChanged",
        changed.getUsername(),
        Messages.text(language.getLocale(), "role." + changed.getRole()));
  }

  public void deactivate(Account account) {
    people.setActive(account.getId(), false);
    Messages.info("admin.people.deactivated", account.getUsername());
  }

  public void reactivate(Account account) {
    people.setActive(account.getId(), true);
    Messages.info("admin.people.reactivated", account.getUsername());
  }

  public void issueResetLink(Account account) {
    link = people.issueResetLink(account.getId());
  }

  public void startInvite() {
    inviteUsername = inviteNameTh = inviteNameEn = null;
    inviteRole = Role.INSTRUCTOR;
    link = null;
  }

  public void invite() {
    Long library = inviteLibrary != null ? inviteLibrary : callers.current().libraryId();
    if (library == null) {
      Messages.error("register.libraryRequired");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    link = people.invite(inviteUsername, inviteNameTh, inviteNameEn, inviteRole, library);
    Messages.info("admin.people.invited", link.username());
  }

  /** The address the administrator copies to the person. */
  public String getLinkUrl() {
    if (link == null) {
      return "";
    }
    HttpServletRequest req =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return PublicUrls.base(req) + "/password.xhtml?token=" + link.token();
  }

  public String getLinkUsername() {
    return link == null ? "" : link.username();
  }

  public String getLinkExpires() {
    return link == null
        ? ""
        : Dates.shortDateTime(
            ZonedDateTime.ofInstant(link.expiresAt(), Clocks.ZONE), language.getLocale());
  }

  public LazyDataModel<Account> getModel() {
    if (model == null) {
      model = new People();
    }
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getLibraryFilter() {
    return libraryFilter;
  }

  public void setLibraryFilter(Long libraryFilter) {
    this.libraryFilter = libraryFilter;
  }

  public String getSelectedUsername() {
    return selectedUsername;
  }

  public Role getSelectedRole() {
    return selectedRole;
  }

  public void setSelectedRole(Role selectedRole) {
    this.selectedRole = selectedRole;
  }

  public String getInviteUsername() {
    return inviteUsername;
  }

  public void setInviteUsername(String inviteUsername) {
    this.inviteUsername = inviteUsername;
  }

  public String getInviteNameTh() {
    return inviteNameTh;
  }

  public void setInviteNameTh(String inviteNameTh) {
    this.inviteNameTh = inviteNameTh;
  }

  public String getInviteNameEn() {
    return inviteNameEn;
  }

  public void setInviteNameEn(String inviteNameEn) {
    this.inviteNameEn = inviteNameEn;
  }

  public Role getInviteRole() {
    return inviteRole;
  }

  public void setInviteRole(Role inviteRole) {
    this.inviteRole = inviteRole;
  }

  public Long getInviteLibrary() {
    return inviteLibrary;
  }

  public void setInviteLibrary(Long inviteLibrary) {
    this.inviteLibrary = inviteLibrary;
  }
}
