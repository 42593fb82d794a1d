package org.relearning.certificate.template;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relearning.platform.error.BusinessException;

/** A design as the JSON document kept with each template version. */
public final class TemplateJson {

  static final int FORMAT = 1;

  private TemplateJson() {}

  public static String write(TemplateDesign d) {
    JsonObjectBuilder layout = Json.createObjectBuilder();
    d.getLayout()
        .forEach(
            (field, p) ->
                layout.add(
                    field.name(),
                    Json.createObjectBuilder()
                        .add("x", p.getX())
                        .add("y", p.getY())
                        .add("width", p.getWidth())
                        .add("fontSize", p.getFontSize())
                        .add("align", p.getAlign().name())
                        .add("visible", p.isVisible())));
    JsonArrayBuilder signatories = Json.createArrayBuilder();
    for (Signatory s : d.getSignatories()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("nameTh", s.getNameTh())
              .add("nameEn", s.getNameEn())
              .add("titleTh", s.getTitleTh())
              .add("titleEn", s.getTitleEn());
      id(o, "image", s.getImageId());
      signatories.add(o);
    }
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("orientation", d.getOrientation().name())
            .add("heading", pair(d.getHeadingTh(), d.getHeadingEn()))
            .add("intro", pair(d.getIntroTh(), d.getIntroEn()))
            .add("courseIntro", pair(d.getCourseIntroTh(), d.getCourseIntroEn()));
    id(root, "background", d.getBackgroundId());
    id(root, "logo", d.getLogoId());
    return root.add("signatories", signatories).add("layout", layout).build().toString();
  }

  /**
   * The design a document describes; fields it lacks are left out of the layout (the rules place
   * them). Not validated here: callers pass the result through {@link TemplateRules#checked}.
   */
  public static TemplateDesign read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject root = reader.readObject();
      TemplateDesign d = new TemplateDesign();
      d.setOrientation(Orientation.valueOf(root.getString("orientation", "LANDSCAPE")));
      JsonObject heading = object(root, "heading");
      d.setHeadingTh(heading.getString("th", ""));
      d.setHeadingEn(heading.getString("en", ""));
      JsonObject intro = object(root, "intro");
      d.setIntroTh(intro.getString("th", ""));
      d.setIntroEn(intro.getString("en", ""));
      JsonObject courseIntro = object(root, "courseIntro");
      d.setCourseIntroTh(courseIntro.getString("th", ""));
      d.setCourseIntroEn(courseIntro.getString("en", ""));
      d.setBackgroundId(id(root, "background"));
      d.setLogoId(id(root, "logo"));
      List<Signatory> signatories = new ArrayList<>();
      JsonArray array = root.containsKey("signatories") ? root.getJsonArray("signatories") : null;
      if (array != null) {
        for (JsonValue v : array) {
          JsonObject s = v.asJsonObject();
          signatories.add(
              new Signatory(
                  s.getString("nameTh", ""),
                  s.getString("nameEn", ""),
                  s.getString("titleTh", ""),
                  s.getString("titleEn", ""),
                  id(s, "image")));
        }
      }
      d.setSignatories(signatories);
      Map<Field, Placement> layout = new EnumMap<>(Field.class);
      JsonObject fields = object(root, "layout");
      for (Field f : Field.values()) {
        if (fields.containsKey(f.name())) {
          JsonObject p = fields.getJsonObject(f.name());
          layout.put(
              f,
              new Placement(
                  number(p, "x"),
                  number(p, "y"),
                  number(p, "width"),
                  number(p, "fontSize"),
                  Align.valueOf(p.getString("align", "CENTER")),
                  p.getBoolean("visible", true)));
        }
      }
      d.setLayout(layout);
      return d;
    } catch (JsonException | ClassCastException | IllegalArgumentException e) {
      throw new BusinessException("certificate.template.unreadable");
    }
  }

  private static JsonObjectBuilder pair(String th, String en) {
    return Json.createObjectBuilder().add("th", th).add("en", en);
  }

  private static void id(JsonObjectBuilder o, String name, Long id) {
    if (id == null) {
      o.addNull(name);
    } else {
      o.add(name, id);
    }
  }

  private static Long id(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonNumber n ? n.longValueExact() : null;
  }

  private static JsonObject object(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonObject j ? j : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static double number(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v instanceof JsonNumber n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(name);
  }
}
