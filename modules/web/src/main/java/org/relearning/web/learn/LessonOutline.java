package org.relearning.web.learn;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.relearning.web.learn.LearnCourseBacking.OutlineLesson;
import org.relearning.web.learn.LearnCourseBacking.OutlineSection;
import org.relearning.web.support.Messages;

/**
 * A learner's outline of a course: its sections, how many of their lessons are done, and the
 * lessons of the sections listed, each marked done or locked and linked to the lesson; a section
 * not listed links to the page listing it. {@code <r:lessonOutline value="#{…outline}" link="…&id="
 * sectionLink="…&section="/>}.
 *
 * <p>A course can have thousands of lessons. Written with nested {@code ui:repeat}, every lesson
 * cost the page half a dozen expression evaluations and a pass of the iteration machinery, and a
 * course of 20 sections of 100 lessons took tens of milliseconds to render; this component reads
 * the outline once and writes each lesson directly (escaped as any Faces output).
 */
@FacesComponent(
    value = LessonOutline.TYPE,
    createTag = true,
    tagName = "lessonOutline",
    namespace = LessonOutline.NAMESPACE)
public class LessonOutline extends UIComponentBase {

  public static final String TYPE = "org.relearning.LessonOutline";
  public static final String NAMESPACE = "https://relearning.org/faces";

  @Override
  public String getFamily() {
    return "org.relearning.Outline";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context) {
    // no children: everything is written in encodeEnd
  }

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    @SuppressWarnings("unchecked")
    List<OutlineSection> sections = (List<OutlineSection>) getAttributes().get("value");
    if (sections == null) {
      return;
    }
    String link = String.valueOf(getAttributes().get("link"));
    String sectionLink = String.valueOf(getAttributes().get("sectionLink"));
    String locked = Messages.text("learn.locked");
    boolean someNotListed = false;
    ResponseWriter out = context.getResponseWriter();
    out.startElement("ol", this);
    out.writeAttribute("class", "outline", null);
    for (OutlineSection s : sections) {
      out.startElement("li", null);
      out.writeAttribute("id", "section-" + s.getId(), null);
      if (!s.isListed()) {
        someNotListed = true;
        out.startElement("a", null);
        out.writeAttribute("class", "section-link", null);
        out.writeAttribute("href", sectionLink + s.getId() + "#section-" + s.getId(), null);
      }
      out.startElement("strong", null);
      out.writeText(s.getTitle(), null);
      out.endElement("strong");
      if (!s.isListed()) {
        out.endElement("a");
      }
      out.write(' ');
      out.startElement("span", null);
      out.writeAttribute("class", "muted section-done", null);
      out.writeText(
          Messages.text("learn.outline.sectionDone", s.getDone(), s.getLessonCount()), null);
      out.endElement("span");
      if (s.getOpensOn() != null) {
        out.write(' ');
        out.startElement("span", null);
        out.writeAttribute("class", "muted section-opens", null);
        out.writeText(Messages.text("learn.sectionOpens", s.getOpensOn()), null);
        out.endElement("span");
      }
      if (!s.isListed()) {
        out.endElement("li");
        continue;
      }
      out.startElement("ul", null);
      out.writeAttribute("class", "outline", null);
      for (OutlineLesson l : s.getLessons()) {
        out.startElement("li", null);
        String styleClass = l.getStyleClass();
        if (!styleClass.isEmpty()) {
          out.writeAttribute("class", styleClass, null);
        }
        out.startElement("a", null);
        // the link is the context path, fixed text and two numbers: escaped, it needs no encoding
        out.writeAttribute("href", link + l.getId(), null);
        out.writeText(l.getTitle(), null);
        out.endElement("a");
        if (!l.isOpen()) {
          out.write(' ');
          out.startElement("i", null);
          out.writeAttribute("class", "pi pi-lock muted", null);
          out.writeAttribute("aria-hidden", "true", null);
          out.endElement("i");
          out.write(' ');
          out.startElement("span", null);
          out.writeAttribute("class", "muted", null);
          out.writeText(locked, null);
          out.endElement("span");
        }
        out.endElement("li");
      }
      out.endElement("ul");
      out.endElement("li");
    }
    out.endElement("ol");
    if (someNotListed) {
      out.startElement("p", null);
      out.startElement("a", null);
      out.writeAttribute("id", "all-lessons", null);
      out.writeAttribute("href", sectionLink + LearnCourseBacking.ALL_SECTIONS, null);
      out.writeText(Messages.text("learn.outline.showAll"), null);
      out.endElement("a");
      out.endElement("p");
    }
  }
}
