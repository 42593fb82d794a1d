package org.relearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.relearning.identity.audit.AuditService;
import org.relearning.identity.library.Library;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.audit.AuditEntry;
import org.relearning.platform.audit.AuditGroup;
import org.relearning.platform.audit.AuditQuery;
import org.relearning.platform.i18n.Dates;
import org.relearning.platform.time.Clocks;
import org.relearning.web.support.Language;
import org.relearning.web.support.Messages;

/**
 * The audit log of the administrator's library (every library, for the system administrator),
 * filtered by kind of action, actor, subject and dates, with one entry's full detail in a dialog.
 * Which entries may be read is decided by {@link AuditService}; the page only asks.
 */
@Named("adminAudit")
@ViewScoped
public class AdminAuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditService audit;
  @Inject private LibraryService libraries;
  @Inject private Language language;

  // transient: it holds the rows of the page shown; a node that takes over the session makes a new
  // one, which loads the page again
  private transient LazyDataModel<AuditEntry> model;
  private AuditGroup group;
  private String actor;
  private String subject;
  private LocalDate from;
  private LocalDate to;
  private Long libraryFilter;
  private transient LibraryLookup libraryLookup;

  private transient AuditEntry selected;

  @PostConstruct
  void init() {
    model = new Entries();
  }

  /** Loads only the rows of the page shown, with the filters applied in the database. */
  private final class Entries extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) audit.count(query());
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return audit.search(query(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.getId());
    }
  }

  /** The filters as a query; dates are whole Bangkok days, both ends included. */
  private AuditQuery query() {
    Instant start = from == null ? null : from.atStartOfDay(Clocks.ZONE).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant();
    return new AuditQuery(
        libraryFilter, group == null ? List.of() : group.prefixes(), actor, subject, start, end);
  }

  /** The filter form re-reads the table from its first page. */
  public void search() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:table")
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  /** Shows one entry, read again through the service so that its access rule applies. */
  public void show(AuditEntry entry) {
    selected = audit.get(entry.getId());
  }

  public String when(AuditEntry entry) {
    return entry == null
        ? ""
        : Dates.shortDateTime(entry.getAt().atZone(Clocks.ZONE), language.getLocale());
  }

  /** The action in words ({@code audit.action.<action>}), or its name when no words exist yet. */
  public String actionLabel(AuditEntry entry) {
    if (entry == null) {
      return "";
    }
    try {
      return ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale())
          .getString("audit.action." + entry.getAction());
    } catch (MissingResourceException e) {
      return entry.getAction();
    }
  }

  public List<AuditGroup> getGroups() {
    return List.of(AuditGroup.values());
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

  public LazyDataModel<AuditEntry> getModel() {
    if (model == null) {
      model = new Entries();
    }
    return model;
  }

  public AuditEntry getSelected() {
    return selected;
  }

  public AuditGroup getGroup() {
    return group;
  }

  public void setGroup(AuditGroup group) {
    this.group = group;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getLibraryFilter() {
    return libraryFilter;
  }

  public void setLibraryFilter(Long libraryFilter) {
    this.libraryFilter = libraryFilter;
  }
}
