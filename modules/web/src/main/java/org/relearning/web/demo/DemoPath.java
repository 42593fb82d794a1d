package org.relearning.web.demo;

import java.math.BigDecimal;
import java.util.List;
import org.relearning.course.Course;
import org.relearning.course.CourseCategory;
import org.relearning.course.CourseDetails;
import org.relearning.course.CourseLevel;
import org.relearning.course.CourseService;
import org.relearning.course.content.Lesson;
import org.relearning.course.content.Section;
import org.relearning.identity.library.Library;
import org.relearning.learning.curriculum.Curriculum;
import org.relearning.learning.curriculum.CurriculumDetails;
import org.relearning.learning.curriculum.CurriculumService;

/**
 * The demo career path "ผู้ประกอบการขนมไทย / Thai dessert entrepreneur": the demo dessert course
 * and food safety required, then any one of pricing or selling online. The three added courses are
 * short (one lesson each), enough to walk the whole path in a few minutes.
 */
final class DemoPath {

  static final String TITLE = "ผู้ประกอบการขนมไทย / Thai dessert entrepreneur";

  private DemoPath() {}

  static Long author(
      CourseService courses, CurriculumService curricula, Library library, long dessertCourse) {
    long safety =
        course(
            courses,
            library,
            "ความปลอดภัยของอาหารสำหรับผู้ขายขนม",
            "หลักสุขอนามัยที่ผู้ขายอาหารต้องรู้ ก่อนเปิดร้านจริง",
            CourseCategory.HEALTH_CARE,
            "ล้างมือ เก็บวัตถุดิบ และแยกของสุกของดิบ",
            "<p>ล้างมือด้วยสบู่ก่อนสัมผัสอาหาร เก็บกะทิในตู้เย็น"
                + " และใช้เขียงแยกสำหรับของสุกกับของดิบ</p>");
    long pricing =
        course(
            courses,
            library,
            "ตั้งราคาและทำบัญชีร้านขนม",
            "คิดต้นทุน ตั้งราคา และจดรายรับรายจ่ายอย่างง่าย",
            CourseCategory.BUSINESS_MONEY,
            "ต้นทุนต่อชิ้น",
            "<p>รวมค่าวัตถุดิบ ค่าแก๊ส และค่าบรรจุภัณฑ์ แล้วหารด้วยจำนวนชิ้นที่ทำได้</p>");
    long online =
        course(
            courses,
            library,
            "ขายของออนไลน์สำหรับร้านเล็ก",
            "ถ่ายรูปสินค้า เขียนคำบรรยาย และรับออร์เดอร์ผ่านโซเชียล",
            CourseCategory.SELLING_ONLINE,
            "ถ่ายรูปสินค้าให้น่าซื้อ",
            "<p>ถ่ายในแสงธรรมชาติ ใช้พื้นหลังเรียบ และถ่ายหลายมุม</p>");
    Curriculum path = curricula.create(library.getId(), TITLE);
    curricula.addCourse(path.getId(), dessertCourse, true);
    curricula.addCourse(path.getId(), safety, true);
    curricula.addCourse(path.getId(), pricing, false);
    curricula.addCourse(path.getId(), online, false);
    curricula.updateDetails(
        path.getId(),
        new CurriculumDetails(
            TITLE,
            "ทำขนมไทยให้อร่อยและสะอาด แล้วเลือกเรียนการตั้งราคาหรือการขายออนไลน์"
                + " เพื่อเริ่มกิจการขนมไทยของตัวเอง",
            CourseCategory.FOOD_DESSERTS,
            "ผู้ที่อยากเริ่มอาชีพที่สองจากครัวที่บ้าน",
            1,
            true));
    curricula.publish(path.getId());
    return path.getId();
  }

  private static long course(
      CourseService courses,
      Library library,
      String title,
      String summary,
      CourseCategory category,
      String lessonTitle,
      String html) {
    Course course = courses.create(library.getId(), title, summary);
    courses.updateDetails(
        course.getId(),
        new CourseDetails(
            title, summary, category, CourseLevel.BEGINNER, new BigDecimal("1"), "th", List.of()));
    Section section = courses.addSection(course.getId(), "บทเรียน");
    Lesson lesson = courses.addLesson(section.getId(), lessonTitle);
    courses.saveLessonText(lesson.getId(), html);
    courses.publish(course.getId());
    return course.getId();
  }
}
