package org.relearning.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.relearning.platform.error.NotFoundException;
import org.relearning.platform.i18n.Languages;
import org.relearning.quiz.BankService;
import org.relearning.quiz.BankService.Format;
import org.relearning.quiz.bank.Category;
import org.relearning.quiz.bank.QuestionBank;
import org.relearning.quiz.exchange.ImportInput;
import org.relearning.quiz.exchange.Skipped;
import org.relearning.web.support.LanguageFilter;
import org.relearning.web.support.Messages;

/**
 * The question banks an instructor may use, and moving their questions in and out as GIFT, Aiken or
 * Moodle XML files. A bank the caller may not use does not exist for them (404).
 */
@Path("question-banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class QuestionBankResource {

  @EJB private BankService banks;
  @Context private HttpServletRequest request;

  @GET
  @Operation(
      summary =
          "The question banks the caller may use: [{id, name, course (id or null for the"
              + " library's shared bank), library, categories: [{id, name}]}] (instructors)")
  public JsonArray list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (QuestionBank bank : banks.usableBanks()) {
      JsonArrayBuilder categories = Json.createArrayBuilder();
      for (Category c : banks.categories(bank.getId())) {
        categories.add(Json.createObjectBuilder().add("id", c.getId()).add("name", c.getName()));
      }
      JsonObjectBuilder entry =
          Json.createObjectBuilder().add("id", bank.getId()).add("name", bank.getName());
      if (bank.getCourseId() == null) {
        entry.addNull("course");
      } else {
        entry.add("course", bank.getCourseId());
      }
      list.add(entry.add("library", bank.getLibraryId()).add("categories", categories));
    }
    return list.build();
  }

  @POST
  @Path("{id}/import")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Imports the questions of the file in the request body into a category of the bank (the"
              + " one made with the bank unless category is given): {imported, skipped: [{line or name, reason,"
              + " reasonKey}]}; 400 for an unknown format, 413 for a file over 2 MiB")
  @RequestBody(description = "The file, as it was saved (UTF-8 text or XML)")
  @APIResponse(responseCode = "200", description = "What was imported and what was skipped, why")
  @APIResponse(responseCode = "400", description = "Unknown format: {error, message}")
  @APIResponse(responseCode = "404", description = "No such bank or category for the caller")
  @APIResponse(responseCode = "413", description = "The file is too large: {error, message}")
  public Response importFile(
      @PathParam("id") long bankId,
      @Parameter(description = "gift, aiken or moodlexml") @QueryParam("format") String format,
      @Parameter(description = "a category of the bank; the one made with it if left out")
          @QueryParam("category")
          Long categoryId,
      @Parameter(description = "th or en, the language of the reasons") @QueryParam("lang")
          String lang,
      InputStream body)
      throws IOException {
    Locale locale = locale(lang);
    Optional<Format> parsed = Format.parse(format == null ? "" : format);
    if (parsed.isEmpty()) {
      return refusal(400, "bank.format.unknown", locale);
    }
    long category = category(bankId, categoryId);
    byte[] file = body == null ? new byte[0] : body.readNBytes(ImportInput.MAX_BYTES + 1);
    if (file.length > ImportInput.MAX_BYTES) {
      return refusal(413, "import.tooLarge", locale);
    }
    BankService.ImportResult result = banks.importInto(category, parsed.get(), file);
    JsonArrayBuilder skipped = Json.createArrayBuilder();
    for (Skipped s : result.skipped()) {
      JsonObjectBuilder entry = Json.createObjectBuilder();
      if (s.line() <= 0 && !s.name().isBlank()) {
        entry.add("name", s.name());
      } else {
        entry.add("line", s.line());
      }
      entry
          .add("reason", Messages.text(locale, s.reasonKey()))
          .add("reasonKey", s.reasonKey())
          .add("detail", s.detail());
      skipped.add(entry);
    }
    JsonObject answer =
        Json.createObjectBuilder()
            .add("imported", result.imported())
            .add("skipped", skipped)
            .build();
    return Response.ok(answer, MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("{id}/export")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The questions of a category of the bank (the one made with the bank unless category is"
              + " given) as a"
              + " GIFT (text/plain) or Moodle XML (application/xml) file; 400 for another format")
  @APIResponse(responseCode = "200", description = "The file, with a Content-Disposition name")
  @APIResponse(responseCode = "400", description = "Unknown format: {error, message}")
  @APIResponse(responseCode = "404", description = "No such bank or category for the caller")
  public Response export(
      @PathParam("id") long bankId,
      @Parameter(description = "gift or moodlexml") @QueryParam("format") String format,
      @Parameter(description = "a category of the bank; the one made with it if left out")
          @QueryParam("category")
          Long categoryId,
      @Parameter(description = "th or en, the language of a refusal") @QueryParam("lang")
          String lang) {
    Locale locale = locale(lang);
    Optional<Format> parsed =
        Format.parse(format == null ? "" : format).filter(f -> f != Format.AIKEN);
    if (parsed.isEmpty()) {
      return refusal(400, "bank.format.unknown.export", locale);
    }
    long category = category(bankId, categoryId);
    String file = banks.export(category, parsed.get());
    boolean gift = parsed.get() == Format.GIFT;
    String name = "bank-" + bankId + "-" + category + (gift ? ".gift.txt" : ".xml");
    return Response.ok(
            file.getBytes(StandardCharsets.UTF_8),
            gift ? "text/plain;charset=UTF-8" : "application/xml;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /**
   * The category asked for if it belongs to the bank, else the bank's first (the one made with it);
   * 404 otherwise.
   */
  private long category(long bankId, Long categoryId) {
    List<Category> categories = banks.categories(bankId);
    if (categoryId == null) {
      return categories.stream()
          .min(Comparator.comparing(Category::getId))
          .orElseThrow(() -> new NotFoundException("category", bankId))
          .getId();
    }
    return categories.stream()
        .filter(c -> c.getId().equals(categoryId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("category", categoryId))
        .getId();
  }

  private Locale locale(String lang) {
    return lang != null ? Languages.fromTag(lang) : LanguageFilter.localeOf(request);
  }

  private static Response refusal(int status, String key, Locale locale) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", key)
                .add("message", Messages.text(locale, key))
                .build())
        .build();
  }
}
