package org.relearning.quiz.question;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** A question's content, options with their ids included, as JSON and back. */
public final class QuestionSnapshot {

  private QuestionSnapshot() {}

  public static String write(Question q) {
    JsonArrayBuilder choices = Json.createArrayBuilder();
    for (Choice c : q.getChoices()) {
      choices.add(
          Json.createObjectBuilder()
              .add("id", c.getId() == null ? 0 : c.getId())
              .add("text", c.getText())
              .add("correct", c.isCorrect())
              .add("feedback", c.getFeedback()));
    }
    return Json.createObjectBuilder()
        .add("type", q.getType())
        .add("name", q.getName())
        .add("text", q.getText())
        .add("points", q.getPoints())
        .add("feedback", q.getGeneralFeedback())
        .add("choices", choices)
        .build()
        .toString();
  }

  public static Question read(long questionId, int revision, String json) {
    JsonObject o;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      o = reader.readObject();
    }
    Question q =
        Question.detached(
            questionId, revision, o.getString("type"), o.getString("text"), o.getInt("points"));
    q.setName(o.getString("name", ""));
    q.setGeneralFeedback(o.getString("feedback", ""));
    for (JsonValue v : o.getJsonArray("choices")) {
      JsonObject c = v.asJsonObject();
      q.addChoice(
          c.getJsonNumber("id").longValue(),
          c.getString("text"),
          c.getBoolean("correct"),
          c.getString("feedback", ""));
    }
    return q;
  }
}
