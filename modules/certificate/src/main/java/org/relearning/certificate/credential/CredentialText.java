package org.relearning.certificate.credential;

import java.util.ListResourceBundle;

/**
 * English texts written into credentials. A class bundle, because the credential's words are part
 * of what is signed and must not change with a deployment's resource files.
 *
 * <p>Keys: {@code <part>.<field>}, with {@code .path} for a career path's certificate; {0} is the
 * course's (or path's) title, {1} the library name, {2} the courses a path's holder completed.
 */
public class CredentialText extends ListResourceBundle {

  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      {"issuer.name", "Re-Learning Space @ Library"},
      {"issuer.description", "Online courses of Thai public libraries"},
      {
        "achievement.description",
        "Certificate of completion of the course \u201c{0}\u201d, issued by {1}."
      },
      {
        "achievement.criteria",
        "Complete every part of the course \u201c{0}\u201d that its instructors require for"
            + " completion."
      },
      {
        "achievement.description.path",
        "Certificate of completion of the career path \u201c{0}\u201d, issued by {1}; courses"
            + " completed: {2}."
      },
      {
        "achievement.criteria.path",
        "Complete the required courses of the career path \u201c{0}\u201d and as many of its"
            + " elective courses as the path asks for."
      },
    };
  }
}
