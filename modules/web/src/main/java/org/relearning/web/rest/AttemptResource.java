package org.relearning.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.platform.error.BusinessException;
import org.relearning.quiz.LearnerQuestion;
import org.relearning.quiz.QuizService;
import org.relearning.quiz.attempt.Attempt;
import org.relearning.web.support.CompletionGate;
import org.relearning.web.support.StartGate;
import org.relearning.web.support.TransientRetry;

/**
 * A learner takes a quiz: starts or resumes their attempt, saves answers one by one and submits.
 * Nothing here tells which answer is correct; every call runs the service's own checks (enrolled,
 * lesson open, own attempt, deadline). The service commits each call before its answer is written,
 * so an acknowledged answer is stored.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AttemptResource {

  @EJB private QuizService quizzes;
  @Inject private CompletionGate gate;
  @Inject private StartGate startGate;

  /** The attempt as its taker sees it while answering: the paper without correct answers. */
  @JsonbPropertyOrder({
    "attempt",
    "quizId",
    "status",
    "deadline",
    "secondsLeft",
    "page",
    "questions",
    "responses"
  })
  public record Sitting(
      long attempt,
      long quizId,
      String status,
      String deadline,
      Long secondsLeft,
      int page,
      List<QuestionEntry> questions,
      Map<String, String> responses) {}

  /** A question of the paper: its options and prompts, never which of them is right. */
  @JsonbPropertyOrder({"id", "type", "text", "points", "number", "page", "options", "prompts"})
  public record QuestionEntry(
      long id,
      String type,
      String text,
      int points,
      int number,
      int page,
      List<OptionEntry> options,
      List<String> prompts) {
    static QuestionEntry of(LearnerQuestion q) {
      return new QuestionEntry(
          q.id(),
          q.type(),
          q.text(),
          q.points(),
          q.number(),
          q.page(),
          q.options().stream().map(o -> new OptionEntry(o.id(), o.text())).toList(),
          q.prompts());
    }
  }

  /** An option: the key a response names, and its text. */
  public record OptionEntry(long id, String text) {}

  /** An answer to save: the response as the question type reads it (option ids, text, ...). */
  public record AnswerBody(String response) {}

  /** The answer is stored. */
  public record Saved(boolean saved, String savedAt) {}

  /** Where an attempt stands; score and passed once it is graded. */
  @JsonbPropertyOrder({
    "attempt",
    "quizId",
    "number",
    "status",
    "score",
    "passed",
    "startedAt",
    "submittedAt",
    "deadline",
    "secondsLeft"
  })
  public record AttemptStatusEntry(
      long attempt,
      long quizId,
      int number,
      String status,
      Integer score,
      Boolean passed,
      String startedAt,
      String submittedAt,
      String deadline,
      Long secondsLeft) {}

  /** What a submission gave. */
  @JsonbPropertyOrder({"attempt", "status", "score", "passed"})
  public record Submitted(long attempt, String status, Integer score, Boolean passed) {}

  @POST
  @Path("quizzes/{quizId}/attempts")
  @Operation(
      summary =
          "Starts the caller's attempt at a quiz, or resumes the one in progress (201 when it began"
              + " with this call, 200 when resumed); any number of simultaneous starts give one"
              + " attempt. The paper (questions, options, prompts) and the answers saved so far,"
              + " never which answer is correct")
  public Response start(@PathParam("quizId") long quizId) {
    QuizService.Sitting s =
        startGate.pass(() -> TransientRetry.run(() -> quizzes.startSitting(quizId)));
    return Response.status(s.began() ? Response.Status.CREATED : Response.Status.OK)
        .entity(sitting(s.attempt(), s.questions(), s.responses()))
        .build();
  }

  @GET
  @Path("quizzes/{quizId}/attempts")
  @Operation(summary = "The caller's attempts at a quiz, latest first: status, score, deadline")
  public List<AttemptStatusEntry> mine(@PathParam("quizId") long quizId) {
    boolean marks = quizzes.marksShown(quizId);
    return quizzes.myAttempts(quizId).stream().map(a -> entry(a, marks)).toList();
  }

  @GET
  @Path("attempts/{attemptId}")
  @Operation(
      summary =
          "One of the caller's attempts: status, score and passed once graded, deadline and"
              + " seconds left; an attempt whose time ran out is submitted first")
  public AttemptStatusEntry status(@PathParam("attemptId") long attemptId) {
    Attempt a = quizzes.myAttempt(attemptId);
    return entry(a, quizzes.marksShown(a.getQuizId()));
  }

  /** The score stays out while the quiz's review hides marks. */
  private static AttemptStatusEntry entry(Attempt a, boolean marksShown) {
    return new AttemptStatusEntry(
        a.getId(),
        a.getQuizId(),
        a.getAttemptNo(),
        a.getStatus().name(),
        marksShown ? a.getScorePercent() : null,
        a.getPassed(),
        iso(a.getStartedAt()),
        iso(a.getSubmittedAt()),
        iso(a.getDeadline()),
        secondsLeft(a));
  }

  /** Seconds before an attempt in progress is submitted by itself; null without a time limit. */
  private static Long secondsLeft(Attempt a) {
    return a.isSubmitted() || a.getDeadline() == null
        ? null
        : Math.max(0, Duration.between(Instant.now(), a.getDeadline()).toSeconds());
  }

  @GET
  @Path("attempts/{attemptId}/paper")
  @Operation(
      summary =
          "The caller's attempt with its paper and the answers saved so far, as when it was"
              + " started; never which answer is correct")
  public Sitting paper(@PathParam("attemptId") long attemptId) {
    return sitting(quizzes.myAttempt(attemptId));
  }

  @PUT
  @Path("attempts/{attemptId}/answers/{questionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Saves the answer to one question of the caller's attempt, replacing an earlier one; the"
              + " answer is stored when this returns. Refused (409) once submitted or after the"
              + " deadline; 404 for a question not on the paper")
  public Saved save(
      @PathParam("attemptId") long attemptId,
      @PathParam("questionId") long questionId,
      AnswerBody body) {
    return saved(attemptId, questionId, body == null ? null : body.response());
  }

  @PUT
  @Path("attempts/{attemptId}/answers/{questionId}")
  @Consumes(MediaType.TEXT_PLAIN)
  @Operation(summary = "Saves the answer to one question, sent as plain text")
  public Saved saveText(
      @PathParam("attemptId") long attemptId,
      @PathParam("questionId") long questionId,
      @Parameter(description = "the response as the question type reads it") String response) {
    return saved(attemptId, questionId, response);
  }

  @POST
  @Path("attempts/{attemptId}/submit")
  @Operation(
      summary =
          "Submits and grades the caller's attempt; submitting again (a double click, a replay)"
              + " changes nothing and answers with the same result")
  public Submitted submit(@PathParam("attemptId") long attemptId) {
    Attempt a = gate.pass(() -> TransientRetry.run(() -> quizzes.submit(attemptId)));
    Integer score = quizzes.marksShown(a.getQuizId()) ? a.getScorePercent() : null;
    return new Submitted(a.getId(), a.getStatus().name(), score, a.getPassed());
  }

  private Saved saved(long attemptId, long questionId, String response) {
    if (response == null) {
      throw new BusinessException("attempt.api.responseMissing");
    }
    // The service is an EJB with its own transaction: it has committed when it returns.
    Instant at = TransientRetry.run(() -> quizzes.saveAnswer(attemptId, questionId, response));
    return new Saved(true, iso(at));
  }

  private Sitting sitting(Attempt attempt) {
    long id = attempt.getId();
    return sitting(attempt, quizzes.paper(id), quizzes.savedResponses(id));
  }

  private Sitting sitting(Attempt attempt, List<LearnerQuestion> paper, Map<Long, String> saved) {
    long id = attempt.getId();
    List<QuestionEntry> questions = paper.stream().map(QuestionEntry::of).toList();
    Map<String, String> responses = new LinkedHashMap<>();
    saved.forEach((q, r) -> responses.put(String.valueOf(q), r));
    return new Sitting(
        id,
        attempt.getQuizId(),
        attempt.getStatus().name(),
        iso(attempt.getDeadline()),
        secondsLeft(attempt),
        attempt.getCurrentPage(),
        questions,
        responses);
  }

  private static String iso(Instant at) {
    return at == null ? null : at.toString();
  }
}
