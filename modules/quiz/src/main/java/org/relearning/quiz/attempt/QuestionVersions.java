package org.relearning.quiz.attempt;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.relearning.quiz.question.Question;
import org.relearning.quiz.question.QuestionVersion;

/**
 * The frozen versions of questions that attempts ask: written once per question revision, then read
 * from a bounded cache (versions never change, so every node may keep its own copy).
 */
@ApplicationScoped
public class QuestionVersions {

  private static final int CACHE_SIZE = 5_000;

  @PersistenceContext(unitName = "quiz")
  private EntityManager em;

  @EJB private AttemptStarts writer;

  private final Map<String, Long> ids = lru();
  private final Map<Long, Question> content = lru();
  private final Map<String, Object> writing = new ConcurrentHashMap<>();

  private static <K, V> Map<K, V> lru() {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > CACHE_SIZE;
          }
        });
  }

  /** The id of the question's current revision as a version, writing it if no attempt has yet. */
  public long idFor(Question question) {
    return idFor(question.getId(), question.getRevision(), () -> question);
  }

  /**
   * The id of a question's revision as a version; {@code question} is read only when no attempt has
   * asked that revision yet on this node.
   */
  public long idFor(long questionId, int revision, java.util.function.Supplier<Question> load) {
    Long cached = ids.get(questionId + ":" + revision);
    if (cached != null) {
      return cached;
    }
    Question question = load.get();
    String key = questionId + ":" + revision;
    // the first starts of a quiz all want the same versions: one of them writes, the others wait
    // for it here instead of failing on the unique key (the database still decides across nodes)
    Object lock = writing.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      try {
        return write(question, key);
      } finally {
        writing.remove(key, lock);
      }
    }
  }

  private long write(Question question, String key) {
    Long cached = ids.get(key);
    if (cached != null) {
      return cached;
    }
    long id =
        find(question)
            .orElseGet(
                () -> {
                  OptionalLong written = writer.insertVersion(question);
                  return written.isPresent()
                      ? written.getAsLong()
                      : find(question)
                          .orElseThrow(
                              () ->
                                  new IllegalStateException(
                                      "Version of question " + question.getId() + " not written"));
                });
    ids.put(key, id);
    return id;
  }

  /** The question as the version froze it. */
  public Question question(long versionId) {
    Question cached = content.get(versionId);
    if (cached != null) {
      return cached;
    }
    QuestionVersion v = em.find(QuestionVersion.class, versionId);
    if (v == null) {
      throw new IllegalStateException("No question version " + versionId);
    }
    Question q = v.question();
    content.put(versionId, q);
    return q;
  }

  private Optional<Long> find(Question question) {
    return em.createNamedQuery("QuestionVersion.find", QuestionVersion.class)
        .setParameter("question", question.getId())
        .setParameter("revision", question.getRevision())
        .getResultStream()
        .findFirst()
        .map(QuestionVersion::getId);
  }
}
