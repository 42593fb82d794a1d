package org.relearning.course.media;

/** What a stored file is for; decides its size limit and which blocks may use it. */
public enum MediaKind {
  IMAGE,
  VIDEO,
  AUDIO,
  DOCUMENT
}
