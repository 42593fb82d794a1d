/**
 * Exporting a course to one zip file and importing it again, into the same library or another.
 *
 * <h2>The archive</h2>
 *
 * <p>A zip holding {@code manifest.json} (UTF-8 JSON, Thai written as is) and, under {@code
 * media/}, the files of picture, video and file blocks ({@code "mediaRef"}) and those the lessons'
 * text refers to by relative path ({@code <img src="media/khanom.png">}). Entries are written
 * manifest first, then media by path, all with the same timestamp, so an unchanged course always
 * exports to the same bytes.
 *
 * <pre>{@code
 * {
 *     "format": "relearn-course",
 *     "formatVersion": 1,
 *     "course": {
 *         "title": "ขนมไทย",
 *         "summary": "ทำขนมชั้นที่บ้าน",
 *         "language": "th",
 *         "category": "FOOD_DESSERTS",
 *         "level": "BEGINNER",
 *         "estimatedHours": 6.5,
 *         "tags": [ "ขนมไทย", "อาชีพเสริม" ],
 *         "sections": [
 *             {
 *                 "title": "เริ่มต้น",
 *                 "lessons": [
 *                     {
 *                         "title": "วัตถุดิบ",
 *                         "blocks": [
 *                             { "type": "rich-text", "body": "<p>แป้งท้าวยายม่อม</p>" },
 *                             { "type": "image", "body": "ขนมชั้นเก้าสี", "mediaRef": "media/7-khanom.jpg" },
 *                             { "type": "video", "mediaRef": "media/8-หยอดแป้ง.mp4" },
 *                             { "type": "video", "body": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" },
 *                             { "type": "file", "body": "ใบงาน", "mediaRef": "media/9-ใบงาน.pdf" },
 *                             { "type": "quiz", "quizRef": "quiz:42" }
 *                         ]
 *                     }
 *                 ]
 *             }
 *         ]
 *     },
 *     "media": [ { "path": "media/7-khanom.jpg", "size": 20480 }, … ],
 *     "quizzes": [ { "ref": "quiz:42", "path": "quizzes/1.json", "size": 1873 } ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code format} is always {@code "relearn-course"}; {@code formatVersion} grows when a
 *       reader of the previous version could misread a manifest. Readers refuse versions newer than
 *       they know. Unknown members are ignored, so adding optional members needs no new version.
 *   <li>{@code course.title}, section and lesson titles are required; {@code summary} may be {@code
 *       null}; {@code language} defaults to {@code "th"}. Arrays are in the order learners see.
 *   <li>{@code category} ({@link org.relearning.course.CourseCategory} name), {@code level} ({@link
 *       org.relearning.course.CourseLevel} name), {@code estimatedHours} (a number, more than 0, at
 *       most 500, one decimal) and {@code tags} (at most 10 strings of at most 40 characters, kept
 *       trimmed and in lower case) are optional: archives written before they existed import as
 *       category {@code OTHER}, level {@code BEGINNER}, hours unknown, no tags. A value that does
 *       not fit is left at that default and reported ({@code import.course.detailIgnored} or the
 *       service's own key), never a reason to refuse the course. Co-instructors and the cover
 *       picture are not carried: they belong to one library.
 *   <li>A block has a {@code type} (a {@link org.relearning.course.block.BlockType} id). {@code
 *       "rich-text"} has {@code body}, HTML that is cleaned again on import; {@code "quiz"} has
 *       {@code quizRef}, a reference to a quiz that outlives database ids ({@code "quiz:<id>"}).
 *       Blocks of unknown types are skipped on import and reported.
 *   <li>{@code "image"} has {@code body}, the picture's description (required), and {@code
 *       mediaRef}; {@code "file"} has {@code body}, its label, and {@code mediaRef}; {@code
 *       "video"} has either {@code mediaRef} (an uploaded video) or {@code body}, a YouTube or
 *       Vimeo embed link, normalised again on import. {@code mediaRef} is the path of an entry
 *       under {@code media/}, named {@code <id>-<file name>} on export; the name after the id
 *       becomes the file name on import. These blocks and {@code mediaRef} were added within
 *       version 1: a reader that does not know them skips them as unknown blocks and reports it, so
 *       nothing is misread.
 *   <li>Every file under {@code media/} is checked by content as an upload is ({@link
 *       org.relearning.course.media.MediaSniffer}): a file that is HTML, SVG, a script or of an
 *       unknown type, whatever its name, is dropped and reported with its entry name ({@code
 *       import.course.hostileMedia}); the blocks using it are reported as missing media. On import
 *       the files are stored again through the same checks and size limits. A file larger than an
 *       archive entry may be (50 MB, e.g. a long video) is left out of the export.
 *   <li>{@code media} lists the files under {@code media/} with their size in bytes.
 *   <li>{@code quizzes} (optional; written only when the course places quizzes) lists a file under
 *       {@code quizzes/} for each quiz the blocks place: {@code ref} is their {@code quizRef},
 *       {@code path} the entry (written after the media), numbered in the order the outline first
 *       places each quiz, {@code size} its bytes. The file is the quiz module's JSON form ({@code
 *       org.relearning.quiz.exchange.QuizJson}: title, pass mark, and every question with its type,
 *       text, points and options marked correct or not), chosen over GIFT because GIFT has no form
 *       for ordering and all-or-nothing questions and does not keep texts exactly. This package
 *       keeps quiz files as bytes; reading them, and creating a new quiz of the new course for
 *       each, is {@code org.relearning.learning.CourseTransfer}'s job. A problem in a quiz file
 *       refuses the import, reported as {@code quizzes/1.json question 3} with a bundle key {@code
 *       import.quiz.*} or {@code question.problem.*}; a listed file the zip lacks is reported
 *       ({@code import.course.missingQuiz}) and a quiz block without a file is left out ({@code
 *       import.course.quizNotCopied}). The member needs no new version: a reader that ignores it
 *       leaves the quizzes out and says so, as it always did.
 * </ul>
 *
 * <h2>Import limits</h2>
 *
 * <p>An uploaded archive is untrusted. {@link org.relearning.course.exchange.CourseArchiveReader}
 * refuses entry names that are absolute, contain a {@code ..} segment, a backslash or a drive
 * letter; more than 1,000 entries; an entry over 50 MB or a total over 200 MB, counted while
 * inflating; entries over 1 MB compressed more than 100:1. Each refusal or warning is a {@link
 * org.relearning.course.exchange.Problem} with a bundle key {@code import.course.*}.
 */
package org.relearning.course.exchange;
