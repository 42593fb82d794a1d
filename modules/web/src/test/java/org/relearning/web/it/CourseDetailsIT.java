package org.relearning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relearning.course.CatalogFilter;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseDetails;
import org.relearning.course.CourseInstructors;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseService;
import org.relearning.course.content.Section;
import org.relearning.identity.access.Caller;
import org.relearning.identity.access.Callers;
import org.relearning.identity.account.AccountService;
import org.relearning.identity.account.Role;
import org.relearning.identity.library.LibraryService;
import org.relearning.platform.error.AccessDeniedException;
import org.relearning.platform.error.BusinessException;
import org.relearning.web.rest.CourseResource;

/**
 * Course details in the real server and database: saved, filtered in the catalog, shown by the API
 * and the pages; and co-instructors, who edit like the owner but do not decide who teaches.
 */
@ExtendWith(ArquillianExtension.class)
class CourseDetailsIT {

  @Deployment
  static WebArchive relearn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("relearn.war")));
  }

  private static final String DEMO_TITLE = "การทำขนมไทยเพื่ออาชีพที่สอง";

  @Inject private Callers callers;
  @Inject private AccountService accounts;
  @Inject private LibraryService libraries;
  @Inject private CourseService courses;
  @Inject private CourseResource api;
  @Inject private CourseInstructors team;

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private Caller instructor(String suffix, long library) {
    return Caller.of(
        accounts.create(
            "t-" + suffix,
            "pw-" + suffix,
            "ครู " + suffix,
            "Teacher " + suffix,
            Role.INSTRUCTOR,
            library));
  }

  private long utt() {
    return libraries.findByCode("UTT").orElseThrow().getId();
  }

  /** A course with one lesson, its details set, published unless a draft is asked for. */
  private long course(Caller author, long library, CourseDetails details, boolean publish) {
    return callers.as(
        author,
        () -> {
          Course course = courses.create(library, details.title(), details.summary());
          courses.updateDetails(course.getId(), details);
          Section section = courses.addSection(course.getId(), "บทที่ 1");
          courses.addLesson(section.getId(), "เริ่มต้น");
          if (publish) {
            courses.publish(course.getId());
          }
          return course.getId();
        });
  }

  private static CourseDetails details(
      String title, CourseCategory category, CourseLevel level, String hours, String... tags) {
    return new CourseDetails(
        title,
        "หลักสูตรทดสอบ",
        category,
        level,
        hours == null ? null : new BigDecimal(hours),
        "th",
        List.of(tags));
  }

  @Test
  void detailsAreSavedNormalisedAndReturnedByTheApi() {
    String s = suffix();
    Caller author = instructor(s, utt());
    long id =
        course(
            author,
            utt(),
            details(
                "จักสานไม้ไผ่ " + s,
                CourseCategory.CRAFTS,
                CourseLevel.INTERMEDIATE,
                "12.50",
                "  จักสาน ",
                "Bamboo",
                "bamboo",
                "ของใช้-" + s),
            true);

    Course saved = courses.findCourse(id).orElseThrow();
    assertEquals(CourseCategory.CRAFTS, saved.getCategory());
    assertEquals(CourseLevel.INTERMEDIATE, saved.getLevel());
    assertEquals(0, new BigDecimal("12.5").compareTo(saved.getEstimatedHours()));
    assertEquals(List.of("จักสาน", "bamboo", "ของใช้-" + s), saved.getTags());
    assertEquals(null, saved.getCoverMediaId());

    CourseResource.CatalogEntry entry =
        api.catalog("ของใช้-" + s, "CRAFTS", String.valueOf(utt()), "INTERMEDIATE").stream()
            .filter(e -> e.id() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(CourseCategory.CRAFTS, entry.category());
    assertEquals(CourseLevel.INTERMEDIATE, entry.level());
    assertEquals(0, new BigDecimal("12.5").compareTo(entry.estimatedHours()));
    assertEquals("th", entry.language());
    assertEquals(saved.getTags(), entry.tags());
    assertEquals(utt(), entry.libraryId());
    assertEquals(List.of("ครู " + s), entry.instructors().stream().map(i -> i.nameTh()).toList());

    CourseResource.Outline outline = api.outline(id);
    assertEquals(CourseCategory.CRAFTS, outline.category());
    assertEquals(saved.getTags(), outline.tags());
    assertEquals(
        List.of("Teacher " + s), outline.instructors().stream().map(i -> i.nameEn()).toList());
    assertEquals("เริ่มต้น", outline.sections().get(0).lessons().get(0).title());
  }

  @Test
  void detailsThatDoNotFitAreRefusedAndChangeNothing() {
    String s = suffix();
    Caller author = instructor(s, utt());
    long id = course(author, utt(), details("ถักนิตติ้ง " + s, null, null, null), false);
    callers.as(
        author,
        () -> {
          CourseDetails before = CourseDetails.of(courses.getForEditing(id));
          assertEquals(CourseCategory.OTHER, before.category(), "a new course's default");
          assertEquals(CourseLevel.BEGINNER, before.level());
          assertRefused(
              "course.hours.range",
              () -> courses.updateDetails(id, withHours(before, "ชื่อใหม่", "0")));
          assertRefused(
              "course.hours.range",
              () -> courses.updateDetails(id, withHours(before, "ชื่อใหม่", "500.5")));
          assertRefused(
              "course.hours.decimals",
              () -> courses.updateDetails(id, withHours(before, "ชื่อใหม่", "1.25")));
          List<String> eleven = new ArrayList<>();
          for (int i = 0; i < 11; i++) {
            eleven.add("แท็ก" + i);
          }
          assertRefused(
              "course.tags.tooMany",
              () ->
                  courses.updateDetails(
                      id, new CourseDetails("ชื่อใหม่", null, null, null, null, "th", eleven)));
          assertRefused(
              "course.language.unsupported",
              () ->
                  courses.updateDetails(
                      id, new CourseDetails("ชื่อใหม่", null, null, null, null, "fr", List.of())));
          assertEquals("ถักนิตติ้ง " + s, courses.getForEditing(id).getTitle(), "rolled back");
          courses.updateDetails(id, withHours(before, "ถักนิตติ้ง " + s, "500"));
          assertEquals(
              0, new BigDecimal("500").compareTo(courses.getForEditing(id).getEstimatedHours()));
          return null;
        });
  }

  private static CourseDetails withHours(CourseDetails d, String title, String hours) {
    return new CourseDetails(
        title, d.summary(), d.category(), d.level(), new BigDecimal(hours), d.language(), d.tags());
  }

  private static void assertRefused(String key, Runnable action) {
    BusinessException e = assertThrows(BusinessException.class, action::run);
    assertEquals(key, e.messageKey());
  }

  @Test
  void catalogFiltersCombineAndSearchFindsThaiInsideWordsAndTags() {
    String s = suffix();
    long nan =
        libraries.create("N" + s, "ห้องสมุดประชาชนจังหวัดน่าน " + s, "Nan " + s, "น่าน").getId();
    Caller nanTeacher = instructor("n" + s, nan);
    Caller uttTeacher = instructor("u" + s, utt());
    long indigo =
        course(
            nanTeacher,
            nan,
            details(
                "ย้อมผ้าครามสกลนคร " + s,
                CourseCategory.CRAFTS,
                CourseLevel.BEGINNER,
                "3",
                "ผ้ามัดย้อม",
                "Tie-Dye"),
            true);
    long weaving =
        course(
            uttTeacher,
            utt(),
            details("ทอผ้าขั้นสูง " + s, CourseCategory.CRAFTS, CourseLevel.ADVANCED, "40"),
            true);
    long noodles =
        course(
            nanTeacher,
            nan,
            details("ก๋วยเตี๋ยวเรือ " + s, CourseCategory.FOOD_DESSERTS, CourseLevel.BEGINNER, "2"),
            true);
    long draft =
        course(
            nanTeacher,
            nan,
            details("ย้อมผ้าร่าง " + s, CourseCategory.CRAFTS, CourseLevel.BEGINNER, "1"),
            false);

    List<Long> crafts = ids(new CatalogFilter(null, CourseCategory.CRAFTS, null, null));
    assertTrue(crafts.containsAll(List.of(indigo, weaving)), crafts.toString());
    assertFalse(crafts.contains(noodles));
    assertFalse(crafts.contains(draft), "drafts are not in the catalog");

    assertEquals(List.of(indigo), ids(new CatalogFilter(null, CourseCategory.CRAFTS, nan, null)));
    assertEquals(
        List.of(noodles, indigo),
        ids(new CatalogFilter(null, null, nan, CourseLevel.BEGINNER)),
        "newest first");
    assertTrue(
        ids(new CatalogFilter(s, CourseCategory.CRAFTS, null, CourseLevel.ADVANCED))
            .equals(List.of(weaving)));
    assertTrue(ids(new CatalogFilter(null, null, nan, CourseLevel.ADVANCED)).isEmpty());

    assertEquals(List.of(indigo), ids(new CatalogFilter("ครามสกล", null, nan, null)), "in a word");
    assertEquals(List.of(indigo), ids(new CatalogFilter("มัดย้อม", null, nan, null)), "in a tag");
    assertEquals(List.of(indigo), ids(new CatalogFilter(" TIE-dye ", null, nan, null)));
    assertTrue(
        ids(new CatalogFilter("มัดย้อม", CourseCategory.FOOD_DESSERTS, nan, null)).isEmpty());
    assertTrue(ids(new CatalogFilter("%", null, nan, null)).isEmpty(), "wildcards are literal");
  }

  private List<Long> ids(CatalogFilter filter) {
    return courses.catalog(filter).stream().map(Course::getId).toList();
  }

  @Test
  void coInstructorsEditLikeTheOwnerButDoNotDecideWhoTeaches() {
    String s = suffix();
    Caller owner = instructor("o" + s, utt());
    Caller co = instructor("c" + s, utt());
    Caller stranger = instructor("x" + s, utt());
    Caller learner =
        Caller.of(accounts.create("l-" + s, "pw-" + s, "ผู้เรียน", "Learner", Role.LEARNER, utt()));
    long id = course(owner, utt(), details("ขนมเปี๊ยะ " + s, null, null, "4"), false);

    callers.as(
        stranger,
        () -> {
          assertThrows(AccessDeniedException.class, () -> courses.getForEditing(id));
          assertThrows(
              AccessDeniedException.class,
              () -> courses.updateDetails(id, details("แอบแก้", null, null, null)));
          assertThrows(
              AccessDeniedException.class, () -> team.addCoInstructor(id, stranger.username()));
          return null;
        });
    callers.as(
        owner,
        () -> {
          assertRefused(
              "course.instructors.notInstructor",
              () -> team.addCoInstructor(id, learner.username()));
          assertRefused(
              "course.instructors.unknown", () -> team.addCoInstructor(id, "nobody-" + s));
          assertRefused(
              "course.instructors.isOwner", () -> team.addCoInstructor(id, owner.username()));
          team.addCoInstructor(id, " " + co.username().toUpperCase() + " ");
          return null;
        });
    callers.as(
        co,
        () -> {
          courses.updateDetails(
              id,
              details("ขนมเปี๊ยะไส้ถั่ว " + s, CourseCategory.FOOD_DESSERTS, null, "5", "ขนมจีน"));
          courses.addSection(id, "บทที่ 2 โดยผู้สอนร่วม");
          assertTrue(
              courses.authoredByCaller().stream().anyMatch(c -> c.getId() == id),
              "a co-taught course is among the caller's courses");
          assertTrue(courses.get(id).getTitle().startsWith("ขนมเปี๊ยะไส้ถั่ว"), "sees the draft");
          assertThrows(
              AccessDeniedException.class, () -> team.addCoInstructor(id, stranger.username()));
          assertThrows(
              AccessDeniedException.class, () -> team.removeCoInstructor(id, co.accountId()));
          return null;
        });
    assertEquals(
        List.of(owner.accountId(), co.accountId()),
        courses.findCourse(id).orElseThrow().instructorIds());

    Caller librarian = Caller.of(accounts.findByUsername("librarian").orElseThrow());
    callers.as(
        librarian,
        () -> {
          team.addCoInstructor(id, stranger.username());
          team.removeCoInstructor(id, stranger.accountId());
          return null;
        });
    callers.as(
        owner,
        () -> {
          team.removeCoInstructor(id, co.accountId());
          return null;
        });
    callers.as(
        co,
        () -> {
          assertThrows(
              AccessDeniedException.class,
              () -> courses.updateDetails(id, details("อีกครั้ง", null, null, null)));
          assertFalse(courses.authoredByCaller().stream().anyMatch(c -> c.getId() == id));
          return null;
        });
  }

  @Test
  @RunAsClient
  void theApiFiltersAndDescribesTheDemoCourse(@ArquillianResource URL base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String all = get(http, base, "api/v1/courses").body();
    Matcher demo =
        Pattern.compile("\\{\"id\":(\\d+),\"library\":\\{[^}]*\\},\"title\":\"" + DEMO_TITLE + "\"")
            .matcher(all);
    assertTrue(demo.find(), "id, library and title still lead each entry: " + all);
    Matcher library = Pattern.compile("\"code\":\"UTT\",\"id\":(\\d+)").matcher(all);
    assertTrue(library.find());

    HttpResponse<String> filtered =
        get(
            http,
            base,
            "api/v1/courses?category=FOOD_DESSERTS&level=BEGINNER&library="
                + library.group(1)
                + "&q="
                + enc("ขายออนไล"));
    assertEquals(200, filtered.statusCode());
    String body = filtered.body();
    assertTrue(body.contains(DEMO_TITLE), body);
    for (String expected :
        List.of(
            "\"category\":\"FOOD_DESSERTS\"",
            "\"level\":\"BEGINNER\"",
            "\"estimatedHours\":6",
            "\"language\":\"th\"",
            "\"libraryId\":" + library.group(1),
            "\"ขายออนไลน์\"",
            "\"nameTh\":\"ครูน้ำฝน ใจงาม\"")) {
      assertTrue(body.contains(expected), expected + " in " + body);
    }
    assertFalse(body.contains("\"instructor\""), "usernames stay private");

    assertFalse(get(http, base, "api/v1/courses?category=CRAFTS").body().contains(DEMO_TITLE));
    assertFalse(get(http, base, "api/v1/courses?level=ADVANCED").body().contains(DEMO_TITLE));
    HttpResponse<String> unknown = get(http, base, "api/v1/courses?category=SPACE");
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("catalog.filter.invalid"), unknown.body());

    String outline = get(http, base, "api/v1/courses/" + demo.group(1)).body();
    assertTrue(outline.contains("\"category\":\"FOOD_DESSERTS\""), outline);
    assertTrue(outline.contains("ขนมชั้นใบเตย"), outline);
    assertTrue(outline.contains("\"nameEn\":\"Namfon Jaingam\""), outline);
  }

  @Test
  @RunAsClient
  void thePagesShowTheDetailsAndKeepTheFiltersInTheAddress(@ArquillianResource URL base)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String catalog =
        get(
                http,
                base,
                "catalog.xhtml?lang=th&category=FOOD_DESSERTS&level=BEGINNER&q=" + enc("ขนม"))
            .body();
    assertTrue(catalog.contains(DEMO_TITLE), catalog);
    assertTrue(catalog.contains("อาหารและขนม"), "the category's Thai label");
    assertTrue(catalog.contains("6 ชั่วโมง"), "the hours");
    assertTrue(catalog.contains("ห้องสมุดประชาชนจังหวัดอุตรดิตถ์"), "the library");
    assertTrue(
        Pattern.compile("<option value=\"FOOD_DESSERTS\" selected=\"selected\"")
            .matcher(catalog)
            .find(),
        "the chosen category stays chosen");
    assertFalse(
        Pattern.compile("<option value=\"CRAFTS\" selected").matcher(catalog).find(),
        "only the chosen one");
    assertTrue(catalog.contains("method=\"get\""), "filters are plain GET parameters");

    String crafts = get(http, base, "catalog.xhtml?lang=en&category=CRAFTS&library=x").body();
    assertFalse(crafts.contains(DEMO_TITLE), "another category");
    // other tests may have published crafts courses in a shared database: ask for none at all
    String none =
        get(
                http,
                base,
                "catalog.xhtml?lang=en&category=CRAFTS&q="
                    + enc("no-such-course-" + UUID.randomUUID()))
            .body();
    assertTrue(none.contains("No course matches your search."), "a filtered empty list");

    Matcher link = Pattern.compile("course\\.xhtml\\?id=(\\d+)\">" + DEMO_TITLE).matcher(catalog);
    assertTrue(link.find(), catalog);
    String page = get(http, base, "course.xhtml?lang=en&id=" + link.group(1)).body();
    for (String expected :
        List.of(
            "Food &amp; desserts",
            "Beginner",
            "6 hours",
            "Thai",
            "Namfon Jaingam",
            "ขนมไทย",
            "catalog.xhtml?q=" + enc("ขายออนไลน์"),
            "ขนมชั้นใบเตย",
            "enrol-button")) {
      assertTrue(page.contains(expected), expected + " on the landing page");
    }
  }

  private static HttpResponse<String> get(HttpClient http, URL base, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
